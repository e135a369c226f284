export const id = 271;
export const ids = [271];
export const modules = {

/***/ 7271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lineLogger: () => (/* binding */ lineLogger)
/* harmony export */ });
/* unused harmony export actionsLogger */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8806);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8640);
/* harmony import */ var _report_workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4930);



const actionsLogger = {
    info: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_report_workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeWorkflowCommands */ .t)((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(l))),
    notice: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(l)),
    warning: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(l)),
    startGroup: (t) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(t)),
    endGroup: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__.endGroup(),
};
function lineLogger(write) {
    return {
        info: (l) => write((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(l)),
        notice: (l) => write(`notice: ${(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(l)}`),
        warning: (l) => write(`warning: ${(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(l)}`),
        startGroup: (t) => write(`▶ ${(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(t)}`),
        endGroup: () => undefined,
    };
}


/***/ })

};

//# sourceMappingURL=271.index.js.map
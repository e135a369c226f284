export const id = 869;
export const ids = [869];
export const modules = {

/***/ 3869:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lineLogger: () => (/* binding */ lineLogger)
});

// UNUSED EXPORTS: actionsLogger

// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(8806);
// EXTERNAL MODULE: ./src/core/secrets.js
var secrets = __webpack_require__(8640);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/workflow-commands.js

/**
 * The Actions runner reads any log line that starts with `::` (or the older `##[`) as a workflow
 * command. Our reports and progress lines hold names the user's repository controls — file names,
 * dag_ids, values keys — and a name with a newline in it could forge `::error::`, `::add-mask::`
 * or `::stop-commands::`. Text that would be read as a command is printed between
 * `::stop-commands::<token>` and `::<token>::`, GitHub's own way to print untrusted output: the
 * token is random per call, so the text cannot end the block itself. Text that cannot be mistaken
 * for a command is returned unchanged, so ordinary logs stay as they are.
 */
const COMMAND_LINE = /(^|[\r\n])[ \t]*(::|##\[)/;
function neutralizeWorkflowCommands(text, newToken = external_node_crypto_.randomUUID) {
    if (!COMMAND_LINE.test(text))
        return text;
    const token = `airflow-gitops-${newToken()}`;
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}

;// CONCATENATED MODULE: ./src/kube/logger.js



const actionsLogger = {
    info: (l) => core.info(neutralizeWorkflowCommands((0,secrets/* redact */.E$)(l))),
    notice: (l) => core.notice((0,secrets/* redact */.E$)(l)),
    warning: (l) => core.warning((0,secrets/* redact */.E$)(l)),
    startGroup: (t) => core.startGroup((0,secrets/* redact */.E$)(t)),
    endGroup: () => core.endGroup(),
};
function lineLogger(write) {
    return {
        info: (l) => write((0,secrets/* redact */.E$)(l)),
        notice: (l) => write(`notice: ${(0,secrets/* redact */.E$)(l)}`),
        warning: (l) => write(`warning: ${(0,secrets/* redact */.E$)(l)}`),
        startGroup: (t) => write(`▶ ${(0,secrets/* redact */.E$)(t)}`),
        endGroup: () => undefined,
    };
}


/***/ })

};

//# sourceMappingURL=869.index.js.map
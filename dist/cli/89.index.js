export const id = 89;
export const ids = [89];
export const modules = {

/***/ 89:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DryRunner: () => (/* binding */ DryRunner),
/* harmony export */   ExecRunner: () => (/* binding */ ExecRunner)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4775);

/** @actions/exec with argv arrays; output is captured (silent) so it can be redacted before it is logged. */
class ExecRunner {
    toolPaths;
    constructor(toolPaths = {}) {
        this.toolPaths = toolPaths;
    }
    async run(cmd) {
        const started = Date.now();
        const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(this.toolPaths[cmd.tool] ?? cmd.tool, cmd.args, {
            input: cmd.stdin !== undefined ? Buffer.from(cmd.stdin) : undefined,
            silent: true,
            ignoreReturnCode: true,
        });
        return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr, durationMs: Date.now() - started };
    }
}
/** Records commands instead of running them (`migrate --plan`). */
class DryRunner {
    commands = [];
    async run(cmd) {
        this.commands.push(cmd);
        return { exitCode: 0, stdout: '', stderr: '', durationMs: 0 };
    }
}


/***/ })

};

//# sourceMappingURL=89.index.js.map
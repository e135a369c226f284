export const id = 742;
export const ids = [742];
export const modules = {

/***/ 7742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionReadmes: () => (/* binding */ actionReadmes),
/* harmony export */   updateActionTables: () => (/* binding */ updateActionTables)
/* harmony export */ });
/* unused harmony export renderActionTables */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3483);



const cell = (s) => (s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
/** Inputs and outputs tables for one action.yml, as shown in the README. */
function renderActionTables(actionYml) {
    const action = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(actionYml);
    const lines = ['| Input | Default | Description |', '|---|---|---|'];
    for (const [name, input] of Object.entries(action.inputs ?? {})) {
        const def = input.default === undefined || input.default === '' ? (input.required ? '*required*' : '') : `\`${cell(String(input.default))}\``;
        lines.push(`| \`${name}\` | ${def} | ${cell(input.description)} |`);
    }
    if (Object.keys(action.outputs ?? {}).length) {
        lines.push('', '| Output | Description |', '|---|---|');
        for (const [name, output] of Object.entries(action.outputs ?? {}))
            lines.push(`| \`${name}\` | ${cell(output.description)} |`);
    }
    return lines.join('\n');
}
const BLOCK = /<!-- action-table:([\w-]+) -->[\s\S]*?<!-- \/action-table:\1 -->/g;
/** Replaces every `<!-- action-table:NAME -->…<!-- /action-table:NAME -->` block from actions/NAME/action.yml. */
function updateActionTables(readme, root) {
    return readme.replace(BLOCK, (_all, name) => {
        const yml = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'actions', name, 'action.yml'), 'utf8');
        return `<!-- action-table:${name} -->\n${renderActionTables(yml)}\n<!-- /action-table:${name} -->`;
    });
}
/** The per-action READMEs (actions/NAME/README.md) that carry action tables besides the top-level one. */
function actionReadmes(root) {
    const actionsDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'actions');
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(actionsDir)
        .map((name) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(actionsDir, name, 'README.md'))
        .filter((file) => node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
        .sort();
}


/***/ })

};

//# sourceMappingURL=742.index.js.map
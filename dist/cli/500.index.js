export const id = 500;
export const ids = [500];
export const modules = {

/***/ 5500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderRulesMarkdown: () => (/* binding */ renderRulesMarkdown)
/* harmony export */ });
/* unused harmony export anchor */
const CHECK_TITLES = {
    'lint-dags': 'lint-dags — Airflow 3 DAG files',
    'validate-values': 'validate-values — the chart values.yaml',
    'verify-wasb-logs': 'verify-wasb-logs — task logs in Azure Blob Storage',
    'migrate-kind': 'migrate-kind — the database migration',
};
/** docs/rules.md, generated from rule metadata (a test fails when the committed file differs). */
function renderRulesMarkdown(rules) {
    const out = [
        '# Rules',
        '',
        '<!-- Generated from the rule metadata by `npm run docs`; do not edit by hand. -->',
        '',
        'Every finding names a rule. Change a rule\'s severity or turn it off in `.airflow-gitops.yml`:',
        '',
        '```yaml',
        'rules:',
        '  DAG407: off          # by id',
        '  naive-start-date: error   # or by name',
        '```',
        '',
        'Suppress one line in a DAG file with `# noqa: DAG301` (or a bare `# noqa`).',
        '',
    ];
    const checks = [...new Set(rules.map((r) => r.check))];
    for (const check of checks) {
        const list = rules.filter((r) => r.check === check);
        out.push(`## ${CHECK_TITLES[check] ?? check}`, '', '| Code | Name | Default | Summary |', '|---|---|---|---|');
        for (const r of list)
            out.push(`| [${r.id}](#${anchor(r)}) | ${r.name} | ${r.severity} | ${r.summary.replace(/\|/g, '\\|')} |`);
        out.push('');
        for (const r of list) {
            const lang = r.exampleLanguage ?? 'python';
            out.push(`### ${r.id} ${r.name}`, '', `Default severity: **${r.severity}**`, '', `**What it does.** ${r.docs.what}`, '', `**Why is this bad?** ${r.docs.why}`, '', '**Example**', '', '```' + lang, r.docs.example.trimEnd(), '```', '', '**Use instead**', '', '```' + lang, r.docs.fix.trimEnd(), '```', '');
        }
    }
    return out.join('\n');
}
/** GitHub's heading anchor for "### DAG101 airflow3-removed-import". */
function anchor(rule) {
    return `${rule.id.toLowerCase()}-${rule.name}`;
}


/***/ })

};

//# sourceMappingURL=500.index.js.map
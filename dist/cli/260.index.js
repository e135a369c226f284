export const id = 260;
export const ids = [260];
export const modules = {

/***/ 6260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatPlan: () => (/* binding */ formatPlan)
});

// EXTERNAL MODULE: ./src/core/secrets.js
var secrets = __webpack_require__(8640);
// EXTERNAL MODULE: ./src/kube/command.js
var command = __webpack_require__(8542);
// EXTERNAL MODULE: ./src/kube/context.js
var context = __webpack_require__(3204);
;// CONCATENATED MODULE: ./src/kube/phases/cleanup.js
/** The post step's command: delete the throwaway kind cluster (skipped with keep-cluster). */
function deleteClusterCommand(clusterName, kubeconfig) {
    return { tool: 'kind', args: ['delete', 'cluster', '--name', clusterName, '--kubeconfig', kubeconfig], note: 'post step: remove the throwaway cluster (unless keep-cluster)' };
}

;// CONCATENATED MODULE: ./src/kube/plan.js




/** The plan as text: every phase with its timeout and the exact commands, in order (from a dry run). */
function formatPlan(run, withStdin = true) {
    const out = [`# airflow-gitops migrate --plan — nothing below was executed`];
    run.phases.forEach((p, i) => {
        out.push('', `## ${i + 1}. ${p.title} (timeout ${(0,context/* formatSeconds */.Xo)(p.timeoutMs)})`);
        const seen = new Set();
        for (const { cmd } of run.executed.filter((e) => e.phaseIndex === i)) {
            const line = (0,command/* formatCommand */.f)(cmd);
            out.push(`$ ${line}`);
            if (cmd.note)
                out.push(`    # ${cmd.note}`);
            if (cmd.repeat)
                out.push(`    # repeated ${cmd.repeat}`);
            if (withStdin && cmd.stdin !== undefined && !seen.has(cmd.stdin)) {
                seen.add(cmd.stdin);
                out.push(...cmd.stdin.trimEnd().split('\n').map((l) => `    | ${l}`));
            }
        }
    });
    if (run.options.cluster === 'kind') {
        out.push('', `## post: cleanup${run.options.keepCluster ? ' (skipped: keep-cluster)' : ''}`, `$ ${(0,command/* formatCommand */.f)(deleteClusterCommand(run.options.clusterName, run.kubeconfig))}`);
    }
    out.push('', '## on failure: diagnostics', '$ kubectl get pods -n <ns> -o wide · kubectl get events -n <ns> --sort-by=.lastTimestamp · kubectl describe pod <failing pod> · kubectl logs <failing pod> -c <container> --tail=500');
    return (0,secrets/* redact */.E$)(out.join('\n')) + '\n';
}


/***/ })

};

//# sourceMappingURL=260.index.js.map
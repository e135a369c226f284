// A CoreDNS with only the plugins a kind cluster's Corefile uses (kubeadm's default Corefile, plus
// log for debugging). CoreDNS's own main imports core/plugin, which links every plugin and with
// them the AWS, Azure and Google SDKs: several times the compile work, none of it used here.
// Choosing plugins by importing them from our own main is CoreDNS's documented way to do this.
//
// No directive order is set here: dnsserver.Directives (core/dnsserver/zdirectives.go) already
// lists every in-tree plugin in the order CoreDNS requires, and directives that are not linked in
// are skipped. scripts/cluster/k8s-binaries.sh checks `coredns -plugins` against kubeadm's Corefile.
package main

import (
	"github.com/coredns/coredns/coremain"

	_ "github.com/coredns/coredns/plugin/cache"
	_ "github.com/coredns/coredns/plugin/errors"
	_ "github.com/coredns/coredns/plugin/forward"
	_ "github.com/coredns/coredns/plugin/health"
	_ "github.com/coredns/coredns/plugin/kubernetes"
	_ "github.com/coredns/coredns/plugin/loadbalance"
	_ "github.com/coredns/coredns/plugin/log"
	_ "github.com/coredns/coredns/plugin/loop"
	_ "github.com/coredns/coredns/plugin/metrics"
	_ "github.com/coredns/coredns/plugin/ready"
	_ "github.com/coredns/coredns/plugin/reload"
)

func main() { coremain.Run() }

// runc-drop-missing-caps wraps runc for hosts whose capability bounding set lacks some
// capabilities (our CI VMs lack CAP_SYS_RESOURCE). runc refuses to start any container whose
// spec asks for a capability outside the bounding set ("unable to apply caps: operation not
// permitted"), and a privileged container (kind's node, kube-proxy) asks for all of them; docker
// ignores --cap-drop together with --privileged. So before handing over to the real runc, this
// removes every capability the host cannot grant from the bundle's config.json (create/run) or
// from the process spec (exec --process). Nothing else in the spec is touched.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// Capability numbers from linux/capability.h, in order (bit i of CapBnd is capabilityNames[i]).
var capabilityNames = []string{
	"CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL",
	"CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE",
	"CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER",
	"CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE", "CAP_SYS_PACCT",
	"CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME",
	"CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL",
	"CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM",
	"CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE",
}

// capabilitiesOutsideBoundingSet lists the known capabilities whose bit is clear in CapBnd.
func capabilitiesOutsideBoundingSet() (map[string]bool, error) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(status), "\n") {
		hex, found := strings.CutPrefix(line, "CapBnd:")
		if !found {
			continue
		}
		bounding, err := strconv.ParseUint(strings.TrimSpace(hex), 16, 64)
		if err != nil {
			return nil, err
		}
		missing := map[string]bool{}
		for bit, name := range capabilityNames {
			if bounding&(1<<uint(bit)) == 0 {
				missing[name] = true
			}
		}
		return missing, nil
	}
	return nil, fmt.Errorf("no CapBnd line in /proc/self/status")
}

// dropFrom rewrites one spec file; processAtTop is true for an exec process.json.
func dropFrom(path string, processAtTop bool, missing map[string]bool) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var spec map[string]any
	if err := json.Unmarshal(raw, &spec); err != nil {
		return err
	}
	process := spec
	if !processAtTop {
		p, ok := spec["process"].(map[string]any)
		if !ok {
			return nil
		}
		process = p
	}
	sets, ok := process["capabilities"].(map[string]any)
	if !ok {
		return nil
	}
	changed := false
	for setName, value := range sets {
		list, ok := value.([]any)
		if !ok {
			continue
		}
		kept := make([]any, 0, len(list))
		for _, c := range list {
			if name, isString := c.(string); isString && missing[name] {
				changed = true
				continue
			}
			kept = append(kept, c)
		}
		sets[setName] = kept
	}
	if !changed {
		return nil
	}
	out, err := json.Marshal(spec)
	if err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, info.Mode().Perm())
}

// globalFlagsWithValue are runc's global options that take a separate value argument.
var globalFlagsWithValue = map[string]bool{
	"--root": true, "--log": true, "--log-format": true, "--criu": true, "--rootless": true,
}

// specToRewrite finds the subcommand and the file its capabilities come from.
func specToRewrite(args []string) (path string, processAtTop bool) {
	subcommand, bundle, processFile := "", "", ""
	for i := 0; i < len(args); i++ {
		arg := args[i]
		name, value, hasValue := strings.Cut(arg, "=")
		next := func() string {
			if hasValue {
				return value
			}
			if i+1 < len(args) {
				i++
				return args[i]
			}
			return ""
		}
		switch {
		case subcommand == "" && globalFlagsWithValue[name]:
			next()
		case subcommand != "" && (name == "--bundle" || name == "-b"):
			bundle = next()
		case subcommand != "" && (name == "--process" || name == "-p"):
			processFile = next()
		case subcommand != "" && (name == "--pid-file" || name == "--console-socket" || name == "--preserve-fds" ||
			name == "--cwd" || name == "--env" || name == "-e" || name == "--user" || name == "-u" ||
			name == "--cap" || name == "-c" || name == "--process-label" || name == "--apparmor" || name == "--cgroup"):
			next()
		case subcommand == "" && !strings.HasPrefix(arg, "-"):
			subcommand = arg
		}
	}
	switch subcommand {
	case "create", "run":
		if bundle == "" {
			bundle, _ = os.Getwd()
		}
		return bundle + "/config.json", false
	case "exec":
		if processFile != "" {
			return processFile, true
		}
	}
	return "", false
}

func realRunc() string {
	if path := os.Getenv("REAL_RUNC"); path != "" {
		return path
	}
	for _, candidate := range []string{"/usr/sbin/runc", "/usr/bin/runc", "/usr/local/sbin/runc.real"} {
		if _, err := os.Stat(candidate); err == nil {
			return candidate
		}
	}
	return "/usr/sbin/runc"
}

func main() {
	args := os.Args[1:]
	if missing, err := capabilitiesOutsideBoundingSet(); err == nil && len(missing) > 0 {
		if path, processAtTop := specToRewrite(args); path != "" {
			if err := dropFrom(path, processAtTop, missing); err != nil && !os.IsNotExist(err) {
				fmt.Fprintf(os.Stderr, "runc-drop-missing-caps: %s: %v\n", path, err)
			}
		}
	}
	runc := realRunc()
	err := syscall.Exec(runc, append([]string{runc}, args...), os.Environ())
	fmt.Fprintf(os.Stderr, "runc-drop-missing-caps: exec %s: %v\n", runc, err)
	os.Exit(127)
}

module github.com/derailed/k9s

go 1.22.0

require (
	github.com/adrg/xdg v0.4.0
	github.com/anchore/clio v0.0.0-20240209204744-cb94e40a4f65
	github.com/anchore/grype v0.77.0
	github.com/anchore/syft v1.2.0
	github.com/atotto/clipboard v0.1.4
	github.com/cenkalti/backoff/v4 v4.3.0
	github.com/derailed/popeye v0.11.3
	github.com/derailed/tcell/v2 v2.3.1-rc.3
	github.com/derailed/tview v0.8.3
	github.com/fatih/color v1.16.0
	github.com/fsnotify/fsnotify v1.7.0
	github.com/fvbommel/sortorder v1.1.0
	github.com/go-errors/errors v1.4.2
	github.com/mattn/go-colorable v0.1.13
	github.com/mattn/go-runewidth v0.0.15
	github.com/olekukonko/tablewriter v0.0.5
	github.com/petergtz/pegomock v2.9.0+incompatible
	github.com/rakyll/hey v0.1.4
	github.com/rs/zerolog v1.32.0
	github.com/sahilm/fuzzy v0.1.1
	github.com/spf13/cobra v1.8.0
	github.com/stretchr/testify v1.9.0
	github.com/xeipuuv/gojsonschema v1.2.0
	golang.org/x/text v0.16.0
	gopkg.in/yaml.v2 v2.4.0
	gopkg.in/yaml.v3 v3.0.1
	helm.sh/helm/v3 v3.14.4
	k8s.io/api v0.30.3
	k8s.io/apiextensions-apiserver v0.30.1
	k8s.io/apimachinery v0.31.0
	k8s.io/cli-runtime v0.30.1
	k8s.io/client-go v0.30.3
	k8s.io/klog/v2 v2.130.1
	k8s.io/kubectl v0.30.1
	k8s.io/metrics v0.30.1
	sigs.k8s.io/yaml v1.4.0
)

require (
	cloud.google.com/go v0.110.10 // indirect
	cloud.google.com/go/compute v1.23.3 // indirect
	dario.cat/mergo v1.0.0 // indirect
	github.com/BurntSushi/toml v1.3.2 // indirect
	github.com/Masterminds/semver/v3 v3.2.1 // indirect
	github.com/Masterminds/sprig/v3 v3.2.3 // indirect
	github.com/charmbracelet/lipgloss v0.10.0 // indirect
	github.com/containerd/containerd v1.7.12 // indirect
	github.com/docker/cli v25.0.1+incompatible // indirect
	github.com/docker/docker v26.1.5+incompatible // indirect
	github.com/gdamore/encoding v1.0.0 // indirect
	github.com/go-logr/logr v1.4.2 // indirect
	github.com/gogo/protobuf v1.3.2 // indirect
	github.com/google/go-containerregistry v0.19.1 // indirect
	github.com/json-iterator/go v1.1.12 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
	github.com/spf13/viper v1.17.0 // indirect
	golang.org/x/crypto v0.24.0 // indirect
	golang.org/x/net v0.26.0 // indirect
	golang.org/x/sys v0.21.0 // indirect
	golang.org/x/term v0.21.0 // indirect
	google.golang.org/protobuf v1.34.2 // indirect
)

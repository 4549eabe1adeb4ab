module github.com/tensorchord/envd

go 1.18

require (
	github.com/Pallinder/go-randomdata v1.2.0
	github.com/bcicen/ctop v0.7.7
	github.com/charmbracelet/bubbletea v0.23.2
	github.com/charmbracelet/lipgloss v0.6.0
	github.com/cockroachdb/errors v1.9.1
	github.com/containerd/console v1.0.3
	github.com/containerd/containerd v1.6.18
	github.com/creack/pty v1.1.18
	github.com/docker/cli v23.0.0-rc.3+incompatible
	github.com/docker/docker v23.0.0-rc.1+incompatible
	github.com/docker/go-connections v0.4.0
	github.com/docker/go-units v0.5.0
	github.com/gliderlabs/ssh v0.3.5
	github.com/go-git/go-git/v5 v5.4.2
	github.com/google/uuid v1.3.0
	github.com/hashicorp/go-getter v1.6.2
	github.com/moby/buildkit v0.11.0-rc3.0.20230112115050-60e82c1bcdd7
	github.com/moby/term v0.0.0-20210619224110-3f7ff695adc6
	github.com/onsi/ginkgo/v2 v2.8.1
	github.com/onsi/gomega v1.27.1
	github.com/opencontainers/image-spec v1.1.0-rc2
	github.com/pkg/errors v0.9.1
	github.com/sirupsen/logrus v1.9.0
	github.com/spf13/viper v1.15.0
	github.com/stretchr/testify v1.8.1
	github.com/syncthing/syncthing v1.22.2
	github.com/tensorchord/envd-server v0.0.25
	github.com/urfave/cli/v2 v2.24.4
	go.starlark.net v0.0.0-20220328144851-d1966c6b9fcd
	golang.org/x/crypto v0.6.0
	golang.org/x/sync v0.1.0
	golang.org/x/term v0.5.0
)

require (
	google.golang.org/grpc v1.52.0 // indirect
	google.golang.org/protobuf v1.28.1 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

// Copied from buildkit to make github.com/tonistiigi/fsutil happy.
replace github.com/docker/docker => github.com/docker/docker v20.10.3-0.20220224222438-c78f6963a1c0+incompatible

module github.com/navidrome/navidrome

go 1.22

toolchain go1.22.3

require (
	github.com/Masterminds/squirrel v1.5.4
	github.com/bradleyjkemp/cupaloy/v2 v2.8.0
	github.com/deluan/rest v0.0.0-20211102003136-6260bc399cbf
	github.com/dexterlb/mpvipc v0.0.0-20230829142118-145d6eabdc37
	github.com/dhowden/tag v0.0.0-20240417053706-3d75831295e8
	github.com/disintegration/imaging v1.6.2
	github.com/djherbis/fscache v0.10.2-0.20220222230828-2909c950912d
	github.com/go-chi/chi/v5 v5.0.12
	github.com/go-chi/cors v1.2.1
	github.com/go-chi/httprate v0.9.0
	github.com/go-chi/jwtauth/v5 v5.3.1
	github.com/google/uuid v1.6.0
	github.com/google/wire v0.6.0
	github.com/lestrrat-go/jwx/v2 v2.0.21
	github.com/mattn/go-sqlite3 v1.14.22
	github.com/microcosm-cc/bluemonday v1.0.26
	github.com/onsi/ginkgo/v2 v2.17.3
	github.com/onsi/gomega v1.33.1
	github.com/pelletier/go-toml/v2 v2.2.2
	github.com/pocketbase/dbx v1.10.1
	github.com/pressly/goose/v3 v3.20.0
	github.com/prometheus/client_golang v1.19.0
	github.com/robfig/cron/v3 v3.0.1
	github.com/sirupsen/logrus v1.9.3
	github.com/spf13/cobra v1.8.0
	github.com/spf13/viper v1.18.2
	github.com/stretchr/testify v1.9.0
	github.com/unrolled/secure v1.14.0
	golang.org/x/image v0.16.0
	golang.org/x/sync v0.7.0
	golang.org/x/text v0.15.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/fsnotify/fsnotify v1.7.0 // indirect
	github.com/spf13/afero v1.11.0 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
	golang.org/x/crypto v0.23.0 // indirect
	golang.org/x/net v0.25.0 // indirect
	golang.org/x/sys v0.20.0 // indirect
)

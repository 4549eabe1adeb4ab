module github.com/filebrowser/filebrowser/v2

go 1.23

require (
	github.com/asdine/storm/v3 v3.2.1
	github.com/asticode/go-astisub v0.26.2
	github.com/disintegration/imaging v1.6.2
	github.com/dsoprea/go-exif/v3 v3.0.1
	github.com/flynn/go-shlex v0.0.0-20150515145356-3f9db97f8568
	github.com/golang-jwt/jwt/v4 v4.5.1
	github.com/gorilla/mux v1.8.1
	github.com/gorilla/websocket v1.5.3
	github.com/maruel/natural v1.1.1
	github.com/marusama/semaphore/v2 v2.5.0
	github.com/mholt/archiver/v3 v3.5.1
	github.com/mitchellh/go-homedir v1.1.0
	github.com/pelletier/go-toml/v2 v2.2.3
	github.com/shirou/gopsutil/v3 v3.24.5
	github.com/spf13/afero v1.11.0
	github.com/spf13/cobra v1.8.1
	github.com/spf13/pflag v1.0.5
	github.com/spf13/viper v1.19.0
	github.com/stretchr/testify v1.9.0
	github.com/tomasen/realip v0.0.0-20180522021738-f0c99a92ddce
	go.etcd.io/bbolt v1.3.11
	golang.org/x/crypto v0.26.0
	golang.org/x/image v0.19.0
	golang.org/x/text v0.17.0
	gopkg.in/natefinch/lumberjack.v2 v2.2.1
	gopkg.in/yaml.v2 v2.4.0
)

require (
	github.com/andybalholm/brotli v1.1.0 // indirect
	github.com/fsnotify/fsnotify v1.7.0 // indirect
	github.com/golang/snappy v0.0.4 // indirect
	github.com/klauspost/compress v1.17.7 // indirect
	github.com/spf13/cast v1.6.0 // indirect
	golang.org/x/net v0.23.0 // indirect
	golang.org/x/sys v0.23.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

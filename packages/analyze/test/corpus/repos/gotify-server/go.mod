module github.com/gotify/server/v2

require (
	github.com/fortytw2/leaktest v1.3.0
	github.com/gin-contrib/cors v1.7.6
	github.com/gin-contrib/gzip v1.2.3
	github.com/gin-gonic/gin v1.11.0
	github.com/go-playground/validator/v10 v10.27.0
	github.com/gorilla/websocket v1.5.3
	github.com/gotify/location v0.0.0-20170722210143-03bc4ad20437
	github.com/gotify/plugin-api v1.0.0
	github.com/h2non/filetype v1.1.3
	github.com/jinzhu/configor v1.2.2
	github.com/mattn/go-isatty v0.0.20
	github.com/robfig/cron v1.2.0
	github.com/stretchr/testify v1.11.1
	golang.org/x/crypto v0.43.0
	gopkg.in/yaml.v3 v3.0.1
	gorm.io/driver/mysql v1.6.0
	gorm.io/driver/postgres v1.6.0
	gorm.io/driver/sqlite v1.6.0
	gorm.io/gorm v1.31.0
)

require (
	filippo.io/edwards25519 v1.1.0 // indirect
	github.com/bytedance/sonic v1.14.0 // indirect
	github.com/gin-contrib/sse v1.1.0 // indirect
	github.com/go-sql-driver/mysql v1.8.1 // indirect
	github.com/jackc/pgx/v5 v5.6.0 // indirect
	github.com/jinzhu/inflection v1.0.0 // indirect
	github.com/jinzhu/now v1.1.5 // indirect
	github.com/json-iterator/go v1.1.12 // indirect
	github.com/mattn/go-sqlite3 v1.14.22 // indirect
	github.com/quic-go/quic-go v0.54.0 // indirect
	golang.org/x/net v0.46.0 // indirect
	golang.org/x/sys v0.37.0 // indirect
	golang.org/x/text v0.30.0 // indirect
	google.golang.org/protobuf v1.36.9 // indirect
)

go 1.24.0

toolchain go1.25.1

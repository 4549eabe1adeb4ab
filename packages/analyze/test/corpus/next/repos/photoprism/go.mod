module github.com/photoprism/photoprism

require (
	github.com/disintegration/imaging v1.6.2
	github.com/djherbis/times v1.6.0
	github.com/dsoprea/go-exif/v3 v3.0.1
	github.com/dustin/go-humanize v1.0.1
	github.com/esimov/pigo v1.4.6
	github.com/gin-contrib/gzip v1.2.3
	github.com/gin-gonic/gin v1.11.0
	github.com/golang/geo v0.0.0-20251020193347-f750d7aa221b
	github.com/gorilla/websocket v1.5.3
	github.com/gosimple/slug v1.15.0
	github.com/jinzhu/gorm v1.9.16
	github.com/jinzhu/inflection v1.0.0
	github.com/karrick/godirwalk v1.17.0
	github.com/klauspost/cpuid/v2 v2.3.0
	github.com/leandro-lugaresi/hub v1.1.1
	github.com/lib/pq v1.10.9 // indirect
	github.com/lucasb-eyer/go-colorful v1.3.0
	github.com/mandykoh/prism v0.35.3
	github.com/manifoldco/promptui v0.9.0
	github.com/mattn/go-sqlite3 v1.14.32 // indirect
	github.com/montanaflynn/stats v0.7.1
	github.com/patrickmn/go-cache v2.1.0+incompatible
	github.com/paulmach/go.geojson v1.5.0
	github.com/pbnjay/memory v0.0.0-20210728143218-7b4eea64cf58
	github.com/sirupsen/logrus v1.9.3
	github.com/stretchr/testify v1.11.1
	github.com/tidwall/gjson v1.18.0
	golang.org/x/crypto v0.43.0
	golang.org/x/net v0.46.0
	gonum.org/v1/gonum v0.16.0
	gopkg.in/yaml.v2 v2.4.0
)

require (
	github.com/IGLOU-EU/go-wildcard v1.0.3
	github.com/davidbyttow/govips/v2 v2.16.0
	github.com/go-co-op/gocron/v2 v2.17.0
	github.com/go-sql-driver/mysql v1.9.3
	github.com/golang-jwt/jwt/v5 v5.3.0
	github.com/pquerna/otp v1.5.0
	github.com/prometheus/client_model v0.6.2
	github.com/robfig/cron/v3 v3.0.1
	github.com/swaggo/files v1.0.1
	github.com/swaggo/gin-swagger v1.6.1
	github.com/ugjka/go-tz/v2 v2.2.6
	github.com/urfave/cli/v2 v2.27.7
	github.com/wamuir/graft v0.10.0
	github.com/yalue/onnxruntime_go v1.21.0
	github.com/zitadel/oidc/v3 v3.45.0
	golang.org/x/mod v0.29.0
	golang.org/x/sys v0.37.0
	google.golang.org/protobuf v1.36.10
)

go 1.24.0

toolchain go1.24.1

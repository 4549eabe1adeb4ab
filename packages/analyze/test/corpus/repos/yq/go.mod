module github.com/mikefarah/yq/v4

require (
	github.com/a8m/envsubst v1.4.2
	github.com/alecthomas/participle/v2 v2.1.1
	github.com/alecthomas/repr v0.4.0
	github.com/dimchansky/utfbom v1.1.1
	github.com/elliotchance/orderedmap v1.6.0
	github.com/fatih/color v1.18.0
	github.com/goccy/go-json v0.10.3
	github.com/goccy/go-yaml v1.12.0
	github.com/jinzhu/copier v0.4.0
	github.com/magiconair/properties v1.8.7
	github.com/pelletier/go-toml/v2 v2.2.3
	github.com/pkg/diff v0.0.0-20210226163009-20ebb0f2a09e
	github.com/spf13/cobra v1.8.1
	github.com/spf13/pflag v1.0.5
	github.com/yuin/gopher-lua v1.1.1
	golang.org/x/net v0.30.0
	golang.org/x/text v0.19.0
	gopkg.in/op/go-logging.v1 v1.0.0-20160211212156-b2cb9fa56473
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/mattn/go-colorable v0.1.13 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	golang.org/x/sys v0.26.0 // indirect
	golang.org/x/xerrors v0.0.0-20220907171357-04be3eba64a2 // indirect
)

go 1.21.0

toolchain go1.22.5

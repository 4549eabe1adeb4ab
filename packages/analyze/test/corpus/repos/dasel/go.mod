module github.com/tomwright/dasel/v2

go 1.18

require (
	github.com/alecthomas/chroma v0.10.0
	github.com/clbanning/mxj/v2 v2.5.7
	github.com/pelletier/go-toml v1.9.5-0.20220105141732-fed146406641
	github.com/spf13/cobra v1.6.1
	golang.org/x/net v0.8.0
	golang.org/x/text v0.8.0
	gopkg.in/yaml.v2 v2.4.0
)

require (
	github.com/dlclark/regexp2 v1.4.0 // indirect
	github.com/inconshreveable/mousetrap v1.0.1 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
)

module github.com/OJ/gobuster/v3

go 1.19

require (
	github.com/fatih/color v1.15.0
	github.com/google/uuid v1.3.0
	github.com/pin/tftp/v3 v3.0.0
	github.com/spf13/cobra v1.7.0
	golang.org/x/crypto v0.10.0
	golang.org/x/term v0.10.0
)

require (
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/mattn/go-colorable v0.1.13 // indirect
	github.com/mattn/go-isatty v0.0.19 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
	golang.org/x/net v0.11.0 // indirect
	golang.org/x/sys v0.10.0 // indirect
)

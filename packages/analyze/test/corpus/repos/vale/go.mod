module github.com/errata-ai/vale/v2

go 1.17

require (
	github.com/AlecAivazis/survey/v2 v2.3.4
	github.com/d5/tengo/v2 v2.10.0
	github.com/errata-ai/ini v1.63.0
	github.com/errata-ai/regexp2 v1.7.0
	github.com/gobwas/glob v0.2.3
	github.com/jdkato/prose v1.2.1
	github.com/jdkato/regexp v0.1.0
	github.com/jdkato/titlecase v0.0.0-20220120021253-0158ddd948b8
	github.com/mitchellh/mapstructure v1.4.0
	github.com/olekukonko/tablewriter v0.0.4
	github.com/pterm/pterm v0.12.33
	github.com/remeh/sizedwaitgroup v1.0.0
	github.com/spf13/afero v1.8.1
	github.com/spf13/cast v1.3.1
	github.com/spf13/pflag v1.0.5
	github.com/yuin/goldmark v1.4.4
	golang.org/x/net v0.0.0-20210226172049-e18ecbb05110
	gopkg.in/yaml.v2 v2.4.0
)

require (
	github.com/atomicgo/cursor v0.0.1 // indirect
	github.com/gookit/color v1.4.2 // indirect
	github.com/kballard/go-shellquote v0.0.0-20180428030007-95032a82bc51 // indirect
	github.com/mattn/go-colorable v0.1.2 // indirect
	github.com/mattn/go-isatty v0.0.8 // indirect
	github.com/mattn/go-runewidth v0.0.13 // indirect
	github.com/mgutz/ansi v0.0.0-20170206155736-9520e82c474b // indirect
	github.com/montanaflynn/stats v0.6.3 // indirect
	github.com/rivo/uniseg v0.2.0 // indirect
	github.com/shogo82148/go-shuffle v0.0.0-20180218125048-27e6095f230d // indirect
	github.com/xo/terminfo v0.0.0-20210125001918-ca9a967f8778 // indirect
	golang.org/x/sys v0.0.0-20211013075003-97ac67df715c // indirect
	golang.org/x/term v0.0.0-20210927222741-03fcf44c2211 // indirect
	golang.org/x/text v0.3.4 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)

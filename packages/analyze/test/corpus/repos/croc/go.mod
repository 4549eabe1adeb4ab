module github.com/schollz/croc/v9

go 1.20

require (
	github.com/cespare/xxhash v1.1.0
	github.com/chzyer/readline v1.5.1
	github.com/denisbrodbeck/machineid v1.0.1
	github.com/kalafut/imohash v1.0.2
	github.com/sabhiram/go-gitignore v0.0.0-20210923224102-525f6e181f06
	github.com/schollz/cli/v2 v2.2.1
	github.com/schollz/logger v1.2.0
	github.com/schollz/mnemonicode v1.0.2-0.20190421205639-63fa713ece0d
	github.com/schollz/pake/v3 v3.0.5
	github.com/schollz/peerdiscovery v1.7.2
	github.com/schollz/progressbar/v3 v3.14.1
	github.com/stretchr/testify v1.8.2
	golang.org/x/crypto v0.15.0
	golang.org/x/net v0.18.0
	golang.org/x/time v0.4.0
)

require (
	github.com/OneOfOne/xxhash v1.2.8 // indirect
	github.com/cpuguy83/go-md2man/v2 v2.0.3 // indirect
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/google/uuid v1.3.1
	github.com/magisterquis/connectproxy v0.0.0-20200725203833-3582e84f0c9b
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/rivo/uniseg v0.4.4 // indirect
	github.com/russross/blackfriday/v2 v2.1.0 // indirect
	github.com/spaolacci/murmur3 v1.1.0 // indirect
	github.com/tscholl2/siec v0.0.0-20210707234609-9bdfc483d499 // indirect
	github.com/twmb/murmur3 v1.1.8 // indirect
	golang.org/x/sys v0.14.0 // indirect
	golang.org/x/term v0.14.0 // indirect
	golang.org/x/text v0.14.0 // indirect
	gopkg.in/check.v1 v1.0.0-20201130134442-10cb98267c6c // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

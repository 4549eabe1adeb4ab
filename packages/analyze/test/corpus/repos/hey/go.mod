module github.com/mhnaufal/hey

require (
	golang.org/x/net v0.0.0-20191009170851-d66e71096ffb
	golang.org/x/text v0.3.2 // indirect
)

go 1.13

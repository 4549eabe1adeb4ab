module filippo.io/age

go 1.17

require (
	filippo.io/edwards25519 v1.0.0-rc.1
	golang.org/x/crypto v0.0.0-20210817164053-32db794688a5
	golang.org/x/term v0.0.0-20210615171337-6886f2dfbf5b
	golang.org/x/sys v0.0.0-20210903071746-97244b99971b
)

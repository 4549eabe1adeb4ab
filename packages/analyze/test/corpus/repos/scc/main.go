// SPDX-License-Identifier: MIT

package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/boyter/scc/v4/processor"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func printShellCompletion(cmd *cobra.Command, command string) error {
	switch command {
	case "bash":
		return cmd.GenBashCompletionV2(os.Stdout, true)
	case "zsh":
		return cmd.GenZshCompletion(os.Stdout)
	case "fish":
		return cmd.GenFishCompletion(os.Stdout, true)
	case "powershell":
		return cmd.GenPowerShellCompletion(os.Stdout)
	default:
		return errors.New("Unknown shell: " + command)
	}
}

//go:generate go run scripts/include.go
func main() {
	// Handle --mcp flag before cobra to avoid interfering with stdio.
	if slices.ContainsFunc(os.Args[1:], func(a string) bool {
		return a == "--mcp" || a == "--mcp=true"
	}) {
		startMCPServer()
		return
	}

	// handle "scc @flags.txt" syntax.
	if len(os.Args) == 2 && strings.HasPrefix(os.Args[1], "@") {
		filename := strings.TrimPrefix(os.Args[1], "@")
		b, err := os.ReadFile(filename)
		if err != nil {
			fmt.Fprintf(os.Stderr, "Error reading flags from a file: %s\n", err)
			os.Exit(1)
		}
		os.Args = append([]string{os.Args[0]}, parseConfigArgs(string(b), true)...)
	}

	// ...

	rootCmd := &cobra.Command{
		Use:   "scc [flags] [files or directories]",
		Short: "scc [files or directories]",
		Long:  fmt.Sprintf("Sloc, Cloc and Code. Count lines of code in a directory with complexity estimation.\nVersion %s\nBen Boyter <ben@boyter.org> + Contributors\nhttps://github.com/boyter/scc", processor.Version),
		Version: processor.Version,
		Run: func(cmd *cobra.Command, args []string) {
			processor.DirFilePaths = args
			processor.ConfigureGc()
			processor.ConfigureLazy(true)
			// ...
			processor.Process()
		},
	}

	flags := rootCmd.PersistentFlags()
	registerFlags(flags, bindings)
	registerConfigControlFlags(flags)

	// ...

	if err := rootCmd.Execute(); err != nil {
		os.Exit(1)
	}
}

package main

import (
	"os"
	"os/exec"
)

func main() {
	port := 8080
	_ = port
	cmd := exec.Command("server",
		"--host", "0.0.0.0",
		"--port", "8080",
	)
	cmd.Stdout = os.Stdout
	_ = cmd.Run()
}

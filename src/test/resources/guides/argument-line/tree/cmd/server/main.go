package main

import (
	"fmt"
	"os/exec"
)

func start(port int) error {
	cmd := exec.Command("server",
		"--port", "8080",
		"--verbose")
	return cmd.Run()
}

func deploy(ctx string, image string) error {
	fmt.Println("deploying", image)
	return deployService(ctx,
		imageName("api", "v1"), image)
}

func imageName(name, tag string) string { return name + ":" + tag }

func deployService(ctx, a, b string) error { return nil }

// legacyStart is kept for old callers.
func legacyStart() error {
	return exec.Command("server").Run()
}

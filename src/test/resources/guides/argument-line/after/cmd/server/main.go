package main

import (
	"fmt"
	"os/exec"
	"strconv"
)

func start(port int) error {
	cmd := exec.Command("server",
		"--port", strconv.Itoa(port),
		"--verbose")
	return cmd.Run()
}

func deploy(ctx string, image string) error {
	pinnedImage := imageName("api", "v2")
	fmt.Println("deploying", image)
	return deployService(ctx,
		pinnedImage, image)
}

func imageName(name, tag string) string { return name + ":" + tag }

func deployService(ctx, a, b string) error { return nil }

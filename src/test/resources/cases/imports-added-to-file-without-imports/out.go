// Package main runs it.
package main

import "log"

func main() {
	log.Fatal("no")
}

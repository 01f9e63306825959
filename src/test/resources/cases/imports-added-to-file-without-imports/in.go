// Package main runs it.
package main

func main() {
	panic("no")
}

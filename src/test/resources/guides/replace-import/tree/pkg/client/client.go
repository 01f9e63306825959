package client

import (
	"net/http"
	"time"
)

// New returns the client the service uses.
func New(timeout time.Duration) *http.Client {
	// plain client, no retries
	c := &http.Client{Timeout: timeout}
	return c
}

// Setup prepares the transport.
func Setup(c *http.Client) {
	c.Transport = http.DefaultTransport
	c.Timeout = 5 * time.Second
	c.CheckRedirect = nil
}

package client

import (
	"net/http"
	"time"

	"example.com/retry"
)

// New returns the client the service uses.
func New(timeout time.Duration) *http.Client {
	// retries on 5xx
	c := retry.Wrap(&http.Client{Timeout: timeout}, retry.Budget(3))
	return c
}

// Setup prepares the transport.
func Setup(c *http.Client) {
	c.Transport = retry.Transport(http.DefaultTransport)
	c.Timeout = 5 * time.Second
}

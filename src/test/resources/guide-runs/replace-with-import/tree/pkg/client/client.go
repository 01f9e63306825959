package client

import (
	"net/http"
	"time"
)

// New returns the client the services share.
func New(timeout time.Duration) *http.Client {
	// plain client, no retries
	c := &http.Client{Timeout: timeout}
	return c
}

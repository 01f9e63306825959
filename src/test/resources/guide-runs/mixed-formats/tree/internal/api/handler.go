package api

import "net/http"

// Handler serves the API.
func Handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

// legacyHandler served the old API.
func legacyHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusGone)
}

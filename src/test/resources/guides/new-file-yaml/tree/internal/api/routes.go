package api

import "net/http"

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/", root)
}

func root(w http.ResponseWriter, r *http.Request) {}

func healthz(w http.ResponseWriter, r *http.Request) { w.Write([]byte(Health())) }

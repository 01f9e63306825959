package infra

func a() {}

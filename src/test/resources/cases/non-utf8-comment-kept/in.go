package infra

// café (Latin-1 byte)
func f(writer any) {
	err := buildDataStorageImage(writer) // ÿ
	_ = err
}

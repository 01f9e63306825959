package infra

// café (Latin-1 byte)
func f(writer any) {
	err := buildDataStorageImageWithTag(dataStorageImageName, writer) // ÿ
	_ = err
}

package wait

import "time"

import _ "embed"

func settle() {
	time.Sleep(1)
}

package wait

import _ "embed"

func settle() {
}

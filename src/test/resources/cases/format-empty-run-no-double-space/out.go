package infra

import "context"

func Start(ctx context.Context, w Writer) { w.Write("start") }

func Stop(ctx context.Context, w Writer) error { return w.Close() }

package svc

import "context"

func A(id string) error {
	return call(context.Background(), id)
}

func B(ctx context.Context, id string) error {
	return call(ctx, id)
}

func C(id string) {
	go func() { _ = call(context.Background(), id) }()
}

func (s *S) D(name string, ctx context.Context) (int, error) {
	return s.get(ctx, name)
}

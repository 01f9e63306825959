/*
Copyright 2025 Jordi Gil.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/

package infrastructure

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

const (
	// gatewayCoverageImage is the Gateway service built with `-cover` (DD-TEST-007)
	gatewayCoverageImage = "localhost/kubernaut-gateway:e2e-coverage"
	// gatewayNodePort is exposed by kind-gateway-config.yaml on the host (8080 ➜ 30080)
	gatewayNodePort = 30080
)

// SetupGatewayInfrastructureHybridWithCoverage sets up the Gateway E2E cluster using
// the hybrid strategy: images are built in parallel BEFORE the Kind cluster exists,
// so no cluster sits idle while podman compiles (DD-TEST-002).
func SetupGatewayInfrastructureHybridWithCoverage(ctx context.Context, clusterName, kubeconfigPath string, writer io.Writer) error {
	namespace := "kubernaut-system"
	setupStart := time.Now()

	fmt.Fprintln(writer, "┌────────────────────────────────────────────────────────┐")
	fmt.Fprintln(writer, "│ 🌐 Gateway E2E Infrastructure — HYBRID + COVERAGE       │")
	fmt.Fprintln(writer, "│    Build ➜ Kind ➜ Load ➜ Deploy (DD-TEST-002)           │")
	fmt.Fprintln(writer, "└────────────────────────────────────────────────────────┘")

	projectRoot := getProjectRoot()

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 0: Generate dynamic image tags (BEFORE building)
	// ═══════════════════════════════════════════════════════════════════════
	dataStorageImageName := GenerateInfraImageName("datastorage", "gateway")
	fmt.Fprintf(writer, "📛 DataStorage dynamic tag: %s\n", dataStorageImageName)
	fmt.Fprintln(writer, "   (Ensures fresh build with latest DataStorage code)")

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 1: Build images IN PARALLEL (before cluster creation)
	// ═══════════════════════════════════════════════════════════════════════
	fmt.Fprintln(writer, "\n📦 PHASE 1: Building Gateway + DataStorage images in parallel...")

	type buildResult struct {
		name string
		err  error
	}
	buildResults := make(chan buildResult, 2)

	// Build Gateway with coverage instrumentation
	go func() {
		err := BuildGatewayImageWithCoverage(projectRoot, writer)
		buildResults <- buildResult{name: "Gateway", err: err}
	}()

	// Build DataStorage image (shared dependency)
	go func() {
		err := buildDataStorageImageWithTag(dataStorageImageName, writer)
		buildResults <- buildResult{name: "DataStorage", err: err}
	}()

	var buildErrs []error
	for i := 0; i < 2; i++ {
		r := <-buildResults
		if r.err != nil {
			fmt.Fprintf(writer, "  ❌ %s build failed: %v\n", r.name, r.err)
			buildErrs = append(buildErrs, fmt.Errorf("%s: %w", r.name, r.err))
			continue
		}
		fmt.Fprintf(writer, "  ✅ %s image built\n", r.name)
	}
	if len(buildErrs) > 0 {
		return fmt.Errorf("%d image build(s) failed, first: %w", len(buildErrs), buildErrs[0])
	}
	fmt.Fprintln(writer, "✅ All images built")

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 2: Create Kind cluster (now that images are ready)
	// ═══════════════════════════════════════════════════════════════════════
	fmt.Fprintln(writer, "\n📦 PHASE 2: Creating Kind cluster...")

	coverDir := filepath.Join(projectRoot, "coverdata", "gateway")
	if err := os.MkdirAll(coverDir, 0o777); err != nil {
		return fmt.Errorf("cannot create %s: %w", coverDir, err)
	}
	// Kind runs as a different user inside podman; make the mount writable
	if err := os.Chmod(coverDir, 0o777); err != nil {
		return fmt.Errorf("cannot chmod %s: %w", coverDir, err)
	}

	kindConfig := filepath.Join(projectRoot, "test", "infrastructure", "kind-gateway-config.yaml")
	if err := createKindClusterWithConfig(clusterName, kubeconfigPath, kindConfig, writer); err != nil {
		return fmt.Errorf("failed to create Kind cluster: %w", err)
	}

	fmt.Fprintln(writer, "  📋 Installing RemediationRequest CRD (Gateway creates CRDs)...")
	crdPath := filepath.Join(projectRoot, "config", "crd", "bases", "kubernaut.ai_remediationrequests.yaml")
	crdCmd := exec.Command("kubectl", "apply", "-f", crdPath, "--kubeconfig", kubeconfigPath)
	crdCmd.Stdout = writer
	crdCmd.Stderr = writer
	if err := crdCmd.Run(); err != nil {
		return fmt.Errorf("failed to install RemediationRequest CRD: %w", err)
	}

	if err := createTestNamespace(namespace, kubeconfigPath, writer); err != nil {
		return fmt.Errorf("failed to create namespace %s: %w", namespace, err)
	}
	fmt.Fprintf(writer, "  ✅ Namespace %s ready\n", namespace)

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 3: Load images into fresh cluster (parallel)
	// ═══════════════════════════════════════════════════════════════════════
	fmt.Fprintln(writer, "\n📦 PHASE 3: Loading images into Kind...")

	loadResults := make(chan buildResult, 2)

	// Load Gateway coverage image
	go func() {
		err := LoadGatewayCoverageImage(clusterName, writer)
		loadResults <- buildResult{name: "Gateway", err: err}
	}()

	// Load DataStorage image
	go func() {
		err := loadDataStorageImage(clusterName, writer)
		loadResults <- buildResult{name: "DataStorage", err: err}
	}()

	var loadErrs []error
	for i := 0; i < 2; i++ {
		r := <-loadResults
		if r.err != nil {
			fmt.Fprintf(writer, "  ❌ %s load failed: %v\n", r.name, r.err)
			loadErrs = append(loadErrs, fmt.Errorf("%s: %w", r.name, r.err))
			continue
		}
		fmt.Fprintf(writer, "  ✅ %s image loaded\n", r.name)
	}
	if len(loadErrs) > 0 {
		return fmt.Errorf("%d image load(s) failed, first: %w", len(loadErrs), loadErrs[0])
	}
	fmt.Fprintln(writer, "✅ All images loaded")

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 4: Deploy services in PARALLEL (DD-TEST-002 MANDATE)
	// ═══════════════════════════════════════════════════════════════════════
	fmt.Fprintln(writer, "\n📦 PHASE 4: Deploying services in parallel...")
	fmt.Fprintln(writer, "  ├── PostgreSQL + Redis (DataStorage backing stores)")
	fmt.Fprintln(writer, "  ├── Database migrations")
	fmt.Fprintln(writer, "  ├── DataStorage (audit events)")
	fmt.Fprintln(writer, "  └── Gateway (coverage build)")

	type deployResult struct {
		name string
		err  error
	}
	deployResults := make(chan deployResult, 5)

	// PostgreSQL
	go func() {
		err := deployPostgreSQLInNamespace(ctx, namespace, kubeconfigPath, writer)
		deployResults <- deployResult{"PostgreSQL", err}
	}()

	// Redis (Gateway deduplication + DataStorage DLQ)
	go func() {
		err := deployRedisInNamespace(ctx, namespace, kubeconfigPath, writer)
		deployResults <- deployResult{"Redis", err}
	}()

	// Migrations (job retries until PostgreSQL accepts connections)
	go func() {
		err := ApplyAllMigrations(ctx, namespace, kubeconfigPath, writer)
		deployResults <- deployResult{"Migrations", err}
	}()

	// DataStorage
	go func() {
		err := deployDataStorageServiceInNamespace(ctx, namespace, kubeconfigPath, GenerateInfraImageName("datastorage", "gateway"), writer)
		deployResults <- deployResult{"DataStorage", err}
	}()

	// Gateway
	go func() {
		err := DeployGatewayCoverageManifest(kubeconfigPath, writer)
		deployResults <- deployResult{"Gateway", err}
	}()

	var deployErrs []error
	for i := 0; i < 5; i++ {
		r := <-deployResults
		if r.err != nil {
			fmt.Fprintf(writer, "  ❌ %s deploy failed: %v\n", r.name, r.err)
			deployErrs = append(deployErrs, fmt.Errorf("%s: %w", r.name, r.err))
			continue
		}
		fmt.Fprintf(writer, "  ✅ %s deployed\n", r.name)
	}
	if len(deployErrs) > 0 {
		return fmt.Errorf("%d deployment(s) failed, first: %w", len(deployErrs), deployErrs[0])
	}

	fmt.Fprintln(writer, "\n⏳ Waiting for Gateway to become ready...")
	if err := waitForGatewayReady(ctx, namespace, kubeconfigPath, writer); err != nil {
		return err
	}

	fmt.Fprintf(writer, "\n🎉 Gateway E2E infrastructure ready in %s (http://localhost:8080)\n",
		time.Since(setupStart).Round(time.Second))
	return nil
}

// BuildGatewayImageWithCoverage builds the Gateway image with coverage enabled.
// The Dockerfile honours GOFLAGS, so `-cover` reaches `go build` unchanged.
func BuildGatewayImageWithCoverage(projectRoot string, writer io.Writer) error {
	fmt.Fprintf(writer, "  🔨 podman build %s\n", gatewayCoverageImage)
	cmd := exec.Command("podman", "build",
		"--build-arg", "GOFLAGS=-cover",
		"-t", gatewayCoverageImage,
		"-f", filepath.Join(projectRoot, "docker", "gateway-ubi9.Dockerfile"),
		projectRoot,
	)
	cmd.Stdout = writer
	cmd.Stderr = writer
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("podman build %s: %w", gatewayCoverageImage, err)
	}
	return nil
}

// LoadGatewayCoverageImage saves the coverage image to a tarball and loads it into Kind.
// `kind load docker-image` does not work with podman, hence the archive round-trip.
func LoadGatewayCoverageImage(clusterName string, writer io.Writer) error {
	tmpDir, err := os.MkdirTemp("", "gateway-e2e-image-")
	if err != nil {
		return fmt.Errorf("create temp dir: %w", err)
	}
	defer os.RemoveAll(tmpDir)
	archive := filepath.Join(tmpDir, "gateway.tar")

	if out, err := exec.Command("podman", "save", "-o", archive, gatewayCoverageImage).CombinedOutput(); err != nil {
		return fmt.Errorf("podman save: %w\n%s", err, out)
	}
	cmd := exec.Command("kind", "load", "image-archive", archive, "--name", clusterName)
	cmd.Stdout = writer
	cmd.Stderr = writer
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("kind load image-archive: %w", err)
	}
	return nil
}

// DeployGatewayCoverageManifest applies the Gateway ConfigMap, Deployment and
// NodePort Service. GOCOVERDIR points at the hostPath mount shared with Kind.
func DeployGatewayCoverageManifest(kubeconfigPath string, writer io.Writer) error {
	manifest := fmt.Sprintf(`apiVersion: v1
kind: ConfigMap
metadata:
  name: gateway-config
  namespace: kubernaut-system
data:
  config.yaml: |
    server:
      listen_addr: ":8080"
      read_timeout: 30s
    redis:
      addr: redis.kubernaut-system.svc.cluster.local:6379
    datastorage:
      url: http://datastorage.kubernaut-system.svc.cluster.local:8080
    deduplication:
      ttl: 5m
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: gateway
  namespace: kubernaut-system
  labels:
    app: gateway
spec:
  replicas: 1
  selector:
    matchLabels:
      app: gateway
  template:
    metadata:
      labels:
        app: gateway
    spec:
      containers:
      - name: gateway
        image: %s
        imagePullPolicy: Never
        args: ["--config", "/etc/gateway/config.yaml"]
        env:
        - name: GOCOVERDIR
          value: /coverdata
        ports:
        - containerPort: 8080
          name: http
        readinessProbe:
          httpGet:
            path: /ready
            port: 8080
          periodSeconds: 3
        volumeMounts:
        - name: config
          mountPath: /etc/gateway
        - name: coverdata
          mountPath: /coverdata
      volumes:
      - name: config
        configMap:
          name: gateway-config
      - name: coverdata
        hostPath:
          path: /coverdata
          type: DirectoryOrCreate
---
apiVersion: v1
kind: Service
metadata:
  name: gateway
  namespace: kubernaut-system
spec:
  type: NodePort
  selector:
    app: gateway
  ports:
  - name: http
    port: 8080
    targetPort: 8080
    nodePort: %d
`, gatewayCoverageImage, gatewayNodePort)

	cmd := exec.Command("kubectl", "apply", "--kubeconfig", kubeconfigPath, "-f", "-")
	cmd.Stdin = strings.NewReader(manifest)
	cmd.Stdout = writer
	cmd.Stderr = writer
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("kubectl apply gateway manifest: %w", err)
	}
	return nil
}

// waitForGatewayReady waits for the rollout, then polls the NodePort from the host
// so tests never race a Service whose endpoints are not programmed yet.
func waitForGatewayReady(ctx context.Context, namespace, kubeconfigPath string, writer io.Writer) error {
	rollout := exec.CommandContext(ctx, "kubectl", "rollout", "status", "deployment/gateway",
		"-n", namespace, "--timeout=180s", "--kubeconfig", kubeconfigPath)
	rollout.Stdout = writer
	rollout.Stderr = writer
	if err := rollout.Run(); err != nil {
		return fmt.Errorf("gateway rollout did not complete: %w", err)
	}

	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		out, err := exec.CommandContext(ctx, "curl", "-s", "-o", "/dev/null", "-w", "%{http_code}",
			"http://localhost:8080/ready").Output()
		if err == nil && strings.TrimSpace(string(out)) == "200" {
			fmt.Fprintln(writer, "  ✅ Gateway /ready returned 200")
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Second):
		}
	}
	return fmt.Errorf("gateway did not answer /ready on localhost:8080 within 60s")
}

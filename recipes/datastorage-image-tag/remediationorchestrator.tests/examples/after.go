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

// roCoverageImage is the RemediationOrchestrator controller image built with
// `go build -cover` so that E2E runs produce GOCOVERDIR data (DD-TEST-007).
const roCoverageImage = "localhost/kubernaut-remediationorchestrator:e2e-coverage"

// SetupROInfrastructureHybridWithCoverage creates the RemediationOrchestrator E2E
// environment with the hybrid parallel strategy (DD-TEST-002):
// build → cluster → load → deploy, with coverage-instrumented binaries.
func SetupROInfrastructureHybridWithCoverage(ctx context.Context, clusterName, kubeconfigPath string, writer io.Writer) error {
	namespace := "kubernaut-system"
	setupStart := time.Now()

	fmt.Fprintln(writer, "╔══════════════════════════════════════════════════════════════╗")
	fmt.Fprintln(writer, "║ 🚀 RemediationOrchestrator E2E Infrastructure (HYBRID + COV) ║")
	fmt.Fprintln(writer, "╠══════════════════════════════════════════════════════════════╣")
	fmt.Fprintln(writer, "║ Strategy: Build ➜ Cluster ➜ Load ➜ Deploy                    ║")
	fmt.Fprintln(writer, "║ Coverage: GOCOVERDIR=/coverdata (DD-TEST-007)                ║")
	fmt.Fprintln(writer, "╚══════════════════════════════════════════════════════════════╝")

	projectRoot, err := findProjectRoot()
	if err != nil {
		return fmt.Errorf("failed to locate project root: %w", err)
	}
	fmt.Fprintf(writer, "📂 Project root: %s\n", projectRoot)

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 0: Generate dynamic image tags (BEFORE building)
	// ═══════════════════════════════════════════════════════════════════════
	// Generate DataStorage image tag ONCE (non-idempotent, timestamp-based)
	// This ensures each service builds its OWN DataStorage with LATEST code
	// Per DD-TEST-001: Dynamic tags for parallel E2E isolation
	dataStorageImageName := GenerateInfraImageName("datastorage", "remediationorchestrator")
	fmt.Fprintf(writer, "📛 DataStorage dynamic tag: %s\n", dataStorageImageName)
	fmt.Fprintln(writer, "   (Ensures fresh build with latest DataStorage code)")

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 1: Build images IN PARALLEL (before cluster creation)
	// ═══════════════════════════════════════════════════════════════════════
	fmt.Fprintln(writer, "\n📦 PHASE 1: Building images in parallel...")
	fmt.Fprintln(writer, "  ├── RemediationOrchestrator controller (coverage-instrumented)")
	fmt.Fprintln(writer, "  └── DataStorage (shared dependency)")
	fmt.Fprintln(writer, "  ⏱️  Expected: ~2-3 minutes (parallel)")

	type buildResult struct {
		name string
		err  error
	}
	buildResults := make(chan buildResult, 2)

	// Build RemediationOrchestrator controller with coverage in parallel
	go func() {
		err := BuildROImageWithCoverage(projectRoot, writer)
		buildResults <- buildResult{name: "RemediationOrchestrator", err: err}
	}()

	// Build DataStorage with dynamic tag in parallel
	go func() {
		err := buildDataStorageImageWithTag(dataStorageImageName, writer)
		buildResults <- buildResult{name: "DataStorage", err: err}
	}()

	fmt.Fprintln(writer, "\n⏳ Waiting for both builds to complete...")
	var buildErrors []string
	for i := 0; i < 2; i++ {
		result := <-buildResults
		if result.err != nil {
			fmt.Fprintf(writer, "  ❌ %s build failed: %v\n", result.name, result.err)
			buildErrors = append(buildErrors, fmt.Sprintf("%s: %v", result.name, result.err))
			continue
		}
		fmt.Fprintf(writer, "  ✅ %s image built\n", result.name)
	}
	if len(buildErrors) > 0 {
		return fmt.Errorf("image builds failed: %s", strings.Join(buildErrors, "; "))
	}
	fmt.Fprintln(writer, "✅ All images built successfully")

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 2: Create Kind cluster (now that images are ready)
	// ═══════════════════════════════════════════════════════════════════════
	fmt.Fprintln(writer, "\n📦 PHASE 2: Creating Kind cluster...")

	// The controller writes covdata to /coverdata, mounted from the host
	coverDir := filepath.Join(projectRoot, "coverdata", "remediationorchestrator")
	if err := os.MkdirAll(coverDir, 0o777); err != nil {
		return fmt.Errorf("failed to create coverage directory %s: %w", coverDir, err)
	}
	fmt.Fprintf(writer, "  📂 Coverage directory: %s\n", coverDir)

	// Fail fast if a previous run left a cluster with the same name behind
	if out, err := exec.Command("kind", "get", "clusters").Output(); err == nil {
		for _, existing := range strings.Fields(string(out)) {
			if existing == clusterName {
				fmt.Fprintf(writer, "  ⚠️  Cluster %q already exists, deleting it first\n", clusterName)
				if err := exec.Command("kind", "delete", "cluster", "--name", clusterName).Run(); err != nil {
					return fmt.Errorf("failed to delete stale cluster %s: %w", clusterName, err)
				}
			}
		}
	}

	kindConfig := filepath.Join(projectRoot, "test", "infrastructure", "kind-remediationorchestrator-config.yaml")
	if err := createKindClusterWithConfig(clusterName, kubeconfigPath, kindConfig, writer); err != nil {
		return fmt.Errorf("failed to create Kind cluster: %w", err)
	}
	fmt.Fprintf(writer, "  ✅ Kind cluster %q created\n", clusterName)

	fmt.Fprintln(writer, "  📋 Installing RemediationOrchestrator CRDs...")
	if err := installROCRDs(projectRoot, kubeconfigPath, writer); err != nil {
		return fmt.Errorf("failed to install CRDs: %w", err)
	}

	fmt.Fprintf(writer, "  📁 Creating namespace %s...\n", namespace)
	if err := createTestNamespace(namespace, kubeconfigPath, writer); err != nil {
		return fmt.Errorf("failed to create namespace %s: %w", namespace, err)
	}

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 3: Load images into fresh cluster (parallel)
	// ═══════════════════════════════════════════════════════════════════════
	fmt.Fprintln(writer, "\n📦 PHASE 3: Loading images into Kind cluster...")
	fmt.Fprintln(writer, "  ├── "+roCoverageImage)
	fmt.Fprintln(writer, "  └── DataStorage (shared dependency)")

	buildResults = make(chan buildResult, 2)

	// Load RemediationOrchestrator coverage image
	go func() {
		err := LoadROCoverageImage(clusterName, writer)
		buildResults <- buildResult{name: "RemediationOrchestrator", err: err}
	}()

	// Load DataStorage image with dynamic tag
	go func() {
		err := loadDataStorageImageWithTag(clusterName, dataStorageImageName, writer)
		buildResults <- buildResult{name: "DataStorage", err: err}
	}()

	fmt.Fprintln(writer, "\n⏳ Waiting for image loads to complete...")
	var loadErrors []string
	for i := 0; i < 2; i++ {
		result := <-buildResults
		if result.err != nil {
			fmt.Fprintf(writer, "  ❌ %s load failed: %v\n", result.name, result.err)
			loadErrors = append(loadErrors, fmt.Sprintf("%s: %v", result.name, result.err))
			continue
		}
		fmt.Fprintf(writer, "  ✅ %s image loaded\n", result.name)
	}
	if len(loadErrors) > 0 {
		return fmt.Errorf("image loads failed: %s", strings.Join(loadErrors, "; "))
	}
	if ctx.Err() != nil {
		return fmt.Errorf("setup cancelled after image load: %w", ctx.Err())
	}
	fmt.Fprintln(writer, "✅ All images loaded into cluster")

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 4: Deploy services in PARALLEL (DD-TEST-002 MANDATE)
	// ═══════════════════════════════════════════════════════════════════════
	fmt.Fprintln(writer, "\n📦 PHASE 4: Deploying services in parallel...")
	fmt.Fprintln(writer, "  (PostgreSQL, Redis, migrations, DataStorage, RemediationOrchestrator)")

	type deployResult struct {
		name string
		err  error
	}
	deployResults := make(chan deployResult, 5)

	go func() {
		err := deployPostgreSQLInNamespace(ctx, namespace, kubeconfigPath, writer)
		deployResults <- deployResult{"PostgreSQL", err}
	}()
	go func() {
		err := deployRedisInNamespace(ctx, namespace, kubeconfigPath, writer)
		deployResults <- deployResult{"Redis", err}
	}()
	go func() {
		err := ApplyAllMigrations(ctx, namespace, kubeconfigPath, writer)
		deployResults <- deployResult{"Migrations", err}
	}()
	go func() {
		err := deployDataStorageServiceInNamespace(ctx, namespace, kubeconfigPath, dataStorageImageName, writer)
		deployResults <- deployResult{"DataStorage", err}
	}()
	go func() {
		err := DeployROCoverageManifest(kubeconfigPath, writer)
		deployResults <- deployResult{"RemediationOrchestrator", err}
	}()

	var deployErrors []string
	for i := 0; i < 5; i++ {
		result := <-deployResults
		if result.err != nil {
			fmt.Fprintf(writer, "  ❌ %s deployment failed: %v\n", result.name, result.err)
			deployErrors = append(deployErrors, fmt.Sprintf("%s: %v", result.name, result.err))
			continue
		}
		fmt.Fprintf(writer, "  ✅ %s deployed\n", result.name)
	}
	if len(deployErrors) > 0 {
		return fmt.Errorf("deployments failed: %s", strings.Join(deployErrors, "; "))
	}

	fmt.Fprintln(writer, "\n⏳ Waiting for services to become ready...")
	if err := waitForROServicesReady(ctx, namespace, kubeconfigPath, writer); err != nil {
		return fmt.Errorf("services not ready: %w", err)
	}

	fmt.Fprintf(writer, "\n✅ RemediationOrchestrator E2E infrastructure ready in %s\n", time.Since(setupStart).Round(time.Second))
	return nil
}

// BuildROImageWithCoverage builds the RemediationOrchestrator controller image with
// GOFLAGS=-cover so the binary writes coverage counters to $GOCOVERDIR on exit.
func BuildROImageWithCoverage(projectRoot string, writer io.Writer) error {
	dockerfile := filepath.Join(projectRoot, "docker", "remediationorchestrator-controller.Dockerfile")
	if _, err := os.Stat(dockerfile); err != nil {
		return fmt.Errorf("dockerfile not found at %s: %w", dockerfile, err)
	}

	fmt.Fprintf(writer, "  🔨 Building %s (coverage)...\n", roCoverageImage)
	cmd := exec.Command("podman", "build",
		"-t", roCoverageImage,
		"-f", dockerfile,
		"--build-arg", "GOFLAGS=-cover", "--build-arg", "GOARCH=amd64",
		projectRoot,
	)
	cmd.Stdout = writer
	cmd.Stderr = writer
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("podman build failed for %s: %w", roCoverageImage, err)
	}
	return nil
}

// LoadROCoverageImage exports the coverage image from podman and loads it into
// every node of the Kind cluster.
func LoadROCoverageImage(clusterName string, writer io.Writer) error {
	archive := filepath.Join(os.TempDir(), "remediationorchestrator-e2e-coverage.tar")
	defer os.Remove(archive)

	saveCmd := exec.Command("podman", "save", "-o", archive, roCoverageImage)
	saveCmd.Stdout = writer
	saveCmd.Stderr = writer
	if err := saveCmd.Run(); err != nil {
		return fmt.Errorf("podman save failed: %w", err)
	}

	loadCmd := exec.Command("kind", "load", "image-archive", archive, "--name", clusterName)
	loadCmd.Stdout = writer
	loadCmd.Stderr = writer
	if err := loadCmd.Run(); err != nil {
		return fmt.Errorf("kind load image-archive failed: %w", err)
	}
	return nil
}

// installROCRDs applies the RemediationRequest / RemediationApprovalRequest CRDs.
func installROCRDs(projectRoot, kubeconfigPath string, writer io.Writer) error {
	crdDir := filepath.Join(projectRoot, "config", "crd", "bases")
	cmd := exec.Command("kubectl", "apply", "-f", crdDir, "--kubeconfig", kubeconfigPath)
	cmd.Stdout = writer
	cmd.Stderr = writer
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("kubectl apply CRDs from %s failed: %w", crdDir, err)
	}
	return nil
}

// DeployROCoverageManifest deploys the coverage-instrumented controller with a
// hostPath volume for /coverdata (see kind-remediationorchestrator-config.yaml).
func DeployROCoverageManifest(kubeconfigPath string, writer io.Writer) error {
	manifest := `apiVersion: v1
kind: ServiceAccount
metadata:
  name: remediationorchestrator-controller
  namespace: kubernaut-system
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: remediationorchestrator-controller-e2e
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
- kind: ServiceAccount
  name: remediationorchestrator-controller
  namespace: kubernaut-system
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: remediationorchestrator-controller
  namespace: kubernaut-system
  labels:
    app: remediationorchestrator-controller
spec:
  replicas: 1
  selector:
    matchLabels:
      app: remediationorchestrator-controller
  template:
    metadata:
      labels:
        app: remediationorchestrator-controller
    spec:
      serviceAccountName: remediationorchestrator-controller
      containers:
      - name: controller
        image: ` + roCoverageImage + `
        imagePullPolicy: Never
        args:
        - --metrics-bind-address=:9090
        - --health-probe-bind-address=:8081
        - --datastorage-url=http://datastorage.kubernaut-system.svc.cluster.local:8080
        env:
        - name: GOCOVERDIR
          value: /coverdata
        ports:
        - containerPort: 9090
          name: metrics
        - containerPort: 8081
          name: health
        readinessProbe:
          httpGet:
            path: /readyz
            port: 8081
          initialDelaySeconds: 5
          periodSeconds: 5
        volumeMounts:
        - name: coverdata
          mountPath: /coverdata
      volumes:
      - name: coverdata
        hostPath:
          path: /coverdata
          type: DirectoryOrCreate
`
	cmd := exec.Command("kubectl", "apply", "-f", "-", "--kubeconfig", kubeconfigPath)
	cmd.Stdin = strings.NewReader(manifest)
	cmd.Stdout = writer
	cmd.Stderr = writer
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("kubectl apply (RemediationOrchestrator) failed: %w", err)
	}
	return nil
}

// waitForROServicesReady blocks until DataStorage and the controller report Ready.
func waitForROServicesReady(ctx context.Context, namespace, kubeconfigPath string, writer io.Writer) error {
	for _, app := range []string{"datastorage", "remediationorchestrator-controller"} {
		waitCtx, cancel := context.WithTimeout(ctx, 3*time.Minute)
		cmd := exec.CommandContext(waitCtx, "kubectl", "wait",
			"--for=condition=ready", "pod",
			"-l", "app="+app,
			"-n", namespace,
			"--timeout=180s",
			"--kubeconfig", kubeconfigPath,
		)
		cmd.Stdout = writer
		cmd.Stderr = writer
		err := cmd.Run()
		cancel()
		if err != nil {
			return fmt.Errorf("pod %s not ready: %w", app, err)
		}
		fmt.Fprintf(writer, "  ✅ %s ready\n", app)
	}
	return nil
}

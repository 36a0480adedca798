#!/usr/bin/env python3
"""Writes a deterministic synthetic infrastructure repository for bench/iac.

Usage: gen_repo.py OUT_DIR [FILES]   (default 10,000 files: 70 % Terraform, 30 % Kubernetes manifests)

Terraform is laid out the way real repositories are: root stacks (one folder each, with variables,
tfvars, locals, several resource files) calling shared local modules, using count, for_each, dynamic
blocks, functions, jsonencode'd policies and cross-resource references. About one resource in eight
has a planted misconfiguration, so the rules have real work to do. Kubernetes manifests are multi-document
files with Deployments, Services, ConfigMaps, NetworkPolicies and RBAC objects.
"""
import os
import random
import sys

out = sys.argv[1]
total = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
rng = random.Random(20261122)
tf_files = total * 7 // 10
k8s_files = total - tf_files
MODULES = 40
MODULE_FILES = 5
STACK_FILES = 7


def write(path, text):
    full = os.path.join(out, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


def bad(p=0.125):
    return rng.random() < p


def module(i):
    d = f"modules/mod-{i:02d}"
    write(f"{d}/variables.tf", f'''# Inputs of shared module {i}.
variable "name" {{
  type        = string
  description = "Prefix of every resource name."
}}

variable "ingress_cidrs" {{
  type    = list(string)
  default = ["10.0.0.0/8"]
}}

variable "ports" {{
  type    = list(number)
  default = [443, 8443]
}}

variable "encrypted" {{
  type    = bool
  default = true
}}

variable "tags" {{
  type    = map(string)
  default = {{}}
}}
''')
    write(f"{d}/main.tf", f'''locals {{
  common_tags = merge(var.tags, {{ module = "mod-{i:02d}", managed = "terraform" }})
  sg_name     = format("%s-sg-%02d", var.name, {i})
}}

resource "aws_security_group" "this" {{
  name        = local.sg_name
  description = "Ingress for ${{var.name}}"
  vpc_id      = var.vpc_id

  dynamic "ingress" {{
    for_each = var.ports
    content {{
      description = "port ${{ingress.value}}"
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = var.ingress_cidrs
    }}
  }}

  egress {{
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }}

  tags = local.common_tags
}}
''')
    write(f"{d}/storage.tf", f'''resource "aws_ebs_volume" "data" {{
  availability_zone = "eu-west-1a"
  size              = {rng.choice([20, 50, 100])}
  encrypted         = var.encrypted
  tags              = local.common_tags
}}

resource "aws_s3_bucket" "artifacts" {{
  bucket = "${{var.name}}-artifacts-{i:02d}"
  tags   = local.common_tags
}}

resource "aws_s3_bucket_public_access_block" "artifacts" {{
  bucket                  = aws_s3_bucket.artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}}
''')
    write(f"{d}/network.tf", f'''variable "vpc_id" {{
  type    = string
  default = null
}}

resource "aws_security_group_rule" "health" {{
  type              = "ingress"
  from_port         = 8080
  to_port           = 8080
  protocol          = "tcp"
  cidr_blocks       = [cidrsubnet("10.{i}.0.0/16", 8, 1)]
  security_group_id = aws_security_group.this.id
}}
''')
    write(f"{d}/outputs.tf", '''output "security_group_id" {
  value = aws_security_group.this.id
}

output "bucket" {
  value = aws_s3_bucket.artifacts.bucket
}
''')


def stack(i):
    d = f"stacks/{['prod', 'staging', 'dev', 'sandbox'][i % 4]}/stack-{i:04d}"
    env = d.split("/")[1]
    write(f"{d}/versions.tf", '''terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}
''')
    write(f"{d}/variables.tf", f'''variable "region" {{
  type    = string
  default = "eu-west-1"
}}

variable "environment" {{
  type = string
}}

variable "instance_count" {{
  type    = number
  default = {rng.randint(1, 3)}
}}

variable "public_acl" {{
  type    = string
  default = "{'public-read' if bad() else 'private'}"
}}

variable "admin_cidrs" {{
  type    = list(string)
  default = ["{'0.0.0.0/0' if bad() else '192.168.10.0/24'}"]
}}
''')
    write(f"{d}/terraform.tfvars", f'''environment    = "{env}"
instance_count = {rng.randint(1, 4)}
''')
    write(f"{d}/locals.tf", f'''locals {{
  name = "${{var.environment}}-{i:04d}"
  tags = {{
    environment = var.environment
    stack       = "{i:04d}"
    owner       = lookup({{ prod = "sre", staging = "qa" }}, var.environment, "dev")
  }}
  buckets = {{
    logs    = "log-delivery-write"
    reports = "private"
    assets  = var.public_acl
  }}
}}
''')
    mod = rng.randrange(MODULES)
    write(f"{d}/main.tf", f'''module "app" {{
  source        = "../../../modules/mod-{mod:02d}"
  name          = local.name
  ingress_cidrs = {'["0.0.0.0/0"]' if bad() else 'var.admin_cidrs'}
  encrypted     = {'false' if bad() else 'true'}
  tags          = local.tags
}}

resource "aws_instance" "app" {{
  count         = var.instance_count
  ami           = data.aws_ami.base.id
  instance_type = "t3.{rng.choice(['small', 'medium', 'large'])}"
  subnet_id     = element(var.subnets, count.index)

  metadata_options {{
    http_endpoint = "enabled"
    http_tokens   = "{'optional' if bad() else 'required'}"
  }}

  root_block_device {{
    encrypted   = {'false' if bad() else 'true'}
    volume_size = 30
  }}

  tags = merge(local.tags, {{ Name = "${{local.name}}-${{count.index}}" }})
}}

variable "subnets" {{
  type    = list(string)
  default = ["subnet-a", "subnet-b"]
}}

data "aws_ami" "base" {{
  most_recent = true
  owners      = ["amazon"]
}}
''')
    write(f"{d}/storage.tf", f'''# Buckets of stack {i}; access blocks are per bucket.
resource "aws_s3_bucket" "b" {{
  for_each = local.buckets
  bucket   = "${{local.name}}-${{each.key}}"
  tags     = local.tags
}}

resource "aws_s3_bucket_acl" "b" {{
  for_each = local.buckets
  bucket   = aws_s3_bucket.b[each.key].id
  acl      = each.value
}}

resource "aws_s3_bucket_versioning" "b" {{
  for_each = local.buckets
  bucket   = aws_s3_bucket.b[each.key].id
  versioning_configuration {{
    status = "Enabled"
  }}
}}

resource "aws_db_instance" "main" {{
  identifier          = "${{local.name}}-db"
  engine              = "postgres"
  instance_class      = "db.t3.medium"
  allocated_storage   = 50
  storage_encrypted   = {'false' if bad() else 'true'}
  publicly_accessible = {'true' if bad() else 'false'}
  username            = "app"
  password            = var.db_password
  skip_final_snapshot = true
}}

variable "db_password" {{
  type      = string
  sensitive = true
}}
''')
    write(f"{d}/iam.tf", f'''resource "aws_iam_policy" "app" {{
  name = "${{local.name}}-app"
  policy = jsonencode({{
    Version = "2012-10-17"
    Statement = [
      {{
        Effect   = "Allow"
        Action   = {'"*"' if bad(0.05) else '["s3:GetObject", "s3:PutObject"]'}
        Resource = {'"*"' if bad(0.3) else '"arn:aws:s3:::${local.name}-*/*"'}
      }},
    ]
  }})
}}

resource "aws_kms_key" "app" {{
  description         = "Key of ${{local.name}}"
  enable_key_rotation = {'false' if bad() else 'true'}
}}

resource "aws_cloudwatch_log_group" "app" {{
  name              = "/app/${{local.name}}"
  retention_in_days = {rng.choice([0, 30, 90, 365])}
  kms_key_id        = aws_kms_key.app.arn
}}
''')


def manifest(i):
    ns = f"team-{i % 50:02d}"
    privileged = "true" if bad() else "false"
    run_as_non_root = "false" if bad() else "true"
    docs = [f'''apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-{i:04d}
  namespace: {ns}
  labels: &labels
    app: svc-{i:04d}
    tier: {rng.choice(["web", "api", "worker"])}
spec:
  replicas: {rng.randint(1, 5)}
  selector:
    matchLabels: *labels
  template:
    metadata:
      labels: *labels
    spec:
      serviceAccountName: svc-{i:04d}
      hostNetwork: {"true" if bad(0.05) else "false"}
      securityContext:
        runAsNonRoot: {run_as_non_root}
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: app
          image: registry.example.com/svc-{i:04d}:{rng.choice(["1.4.2", "2.0.0", "latest"])}
          ports:
            - containerPort: 8080
          securityContext:
            privileged: {privileged}
            allowPrivilegeEscalation: {"true" if bad() else "false"}
            readOnlyRootFilesystem: true
            capabilities:
              drop: [ALL]
          resources:
            requests: {{ cpu: 100m, memory: 128Mi }}
            limits: {{ cpu: 500m, memory: 512Mi }}
          livenessProbe:
            httpGet: {{ path: /healthz, port: 8080 }}
''', f'''apiVersion: v1
kind: Service
metadata:
  name: svc-{i:04d}
  namespace: {ns}
spec:
  type: {"LoadBalancer" if bad() else "ClusterIP"}
  selector:
    app: svc-{i:04d}
  ports:
    - port: 80
      targetPort: 8080
''', f'''apiVersion: v1
kind: ConfigMap
metadata:
  name: svc-{i:04d}-config
  namespace: {ns}
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "a,b,c"
''']
    if i % 50 < 45:
        docs.append(f'''apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: svc-{i:04d}-default-deny
  namespace: {ns}
spec:
  podSelector: {{}}
  policyTypes: [Ingress]
''')
    if i % 10 == 0:
        docs.append(f'''apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: svc-{i:04d}-reader
  namespace: {ns}
rules:
  - apiGroups: [""]
    resources: [{'"*"' if bad(0.2) else '"configmaps"'}]
    verbs: ["get", "list"]
''')
    write(f"k8s/{ns}/svc-{i:04d}.yaml", "---\n".join(docs))


for m in range(MODULES):
    module(m)
stacks = (tf_files - MODULES * MODULE_FILES) // STACK_FILES
for s in range(stacks):
    stack(s)
for k in range(k8s_files):
    manifest(k)

count = sum(len(files) for _, _, files in os.walk(out))
print(f"{count} files: {MODULES} modules, {stacks} stacks, {k8s_files} manifests", file=sys.stderr)

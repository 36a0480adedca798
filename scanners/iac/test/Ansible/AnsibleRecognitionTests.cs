using Bulwark.Scanners.Iac.Ansible;

namespace Bulwark.Scanners.Iac.Tests.Ansible;

public class AnsibleRecognitionTests
{
    [Theory]
    [InlineData("site.yml", "---\n# deploy\n- hosts: all\n  tasks: []\n", true)]
    [InlineData("playbooks/db.yaml", "- name: db\n  hosts: db\n", true)]
    [InlineData("roles/web/tasks/main.yml", "- name: anything\n  x: y\n", true)]
    [InlineData("roles/web/handlers/main.yml", "- name: restart\n  custom_module: {}\n", true)]
    [InlineData("setup.yml", "- name: install\n  ansible.builtin.apt: name=x\n", true)]
    [InlineData("setup.yml", "- name: install\n  apt: name=x\n", true)]
    [InlineData("site.json", "- hosts: all\n", false)]
    [InlineData("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n", false)]
    [InlineData("people.yaml", "- name: alice\n  age: 30\n- name: bob\n  age: 31\n", false)]
    [InlineData("template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n", false)]
    [InlineData("compose.yaml", "services:\n  web:\n    image: nginx\n", false)]
    public void Playbooks_and_task_files_are_recognised_and_other_YAML_is_not(string path, string text, bool expected) =>
        Assert.Equal(expected, AnsibleLoader.Recognises(path, text));
}

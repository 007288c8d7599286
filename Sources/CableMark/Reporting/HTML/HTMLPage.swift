/// The frame every HTML report shares: the document's start with its style sheet, and its end
/// with the filtering script. Nothing is loaded from anywhere else.
enum HTMLPage {
    static func start(title: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>\(HTML.text(title))</title><style>\(style)</style></head><body>\n"
    }

    static let end = "<script>\(script)</script>\n</body></html>\n"

    static let style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:0 1.5em 3em;color:#1b1b1b}
        h1{font-size:1.4em;margin:.8em 0 .2em}h2{font-size:1.05em;margin:0;padding:.4em .6em;background:#eef1f5}
        h3{font-size:1em;margin:.6em .6em .2em}code,pre{font-family:ui-monospace,monospace;font-size:12.5px}
        table{border-collapse:collapse;margin:.6em 0}td,th{border-bottom:1px solid #ddd;padding:.2em .6em;text-align:left}
        .n{text-align:right}tr[data-rule]{cursor:pointer}tr[data-rule]:hover{background:#f4f6fa}
        .filters{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ccc;z-index:1}
        .filters label{margin-right:1em}#shown{color:#555}
        section.file{border:1px solid #ccd;margin:1em 0;content-visibility:auto;contain-intrinsic-size:auto 400px}
        ol.findings{margin:.2em 0 .4em;padding-left:2.2em}li.finding{margin:.1em 0}
        .at{font-family:ui-monospace,monospace;margin-right:.3em}
        .sev{display:inline-block;min-width:4.5em;font-weight:600}.sev.error{color:#b00020}.sev.warning{color:#8a5a00}.sev.note{color:#245}
        button.rule{font:inherit;font-family:ui-monospace,monospace;border:1px solid #99a;border-radius:3px;background:#f7f7fb;cursor:pointer;padding:0 .3em}
        pre.text{margin:0 .6em;padding:.4em;background:#fafafa;border-left:3px solid #ccd;white-space:pre-wrap;overflow-wrap:anywhere}
        mark{border-radius:2px}mark.error{background:#ffc9cf}mark.warning{background:#ffe7a8}mark.note{background:#d6e6ff}
        mark.off{background:none}a.pin::before{content:"\\25B8";font-size:.8em}a.pin.error{color:#b00020}a.pin.warning{color:#8a5a00}a.pin.note{color:#245}
        a.pin.off{display:none}:target{outline:2px solid #36c}.gap{margin:0 .6em;color:#777}.missing{margin:.2em .6em;color:#777;font-style:italic}
        .record{color:#555;font-weight:normal}.help{max-width:46em;padding:1em 1.4em;border:1px solid #889;border-radius:6px}
        .help h4{margin-top:0}.help h5{margin:.8em 0 .1em}.prose{white-space:pre-wrap;margin:0}
        .unreadable{margin-top:2em}[hidden]{display:none!important}
        section.sanitized{border:1px solid #ccd;margin:1em 0;content-visibility:auto;contain-intrinsic-size:auto 500px}
        .pair{display:grid;grid-template-columns:1fr 1fr;gap:.6em}.pair pre.text{margin:0 .6em}.status{font-weight:normal;color:#555}
        mark.withheld{background:#ffc9cf}mark.redacted{background:#ffe7a8}mark.changed{background:#e4e4e4}mark.declassified{background:#d4f5d4}
        mark.notice{background:#d6e6ff}span.notice{display:block;background:#d6e6ff;font-style:italic}.reason{margin:.3em .6em;color:#8a2a00}
        table.vaughn{margin:.4em .6em;font-size:.92em}
        """

    /// Filters the findings by rule, severity and path; the initial filter may come from the
    /// URL's query or fragment (`?severity=error&rule=portion-missing&file=lima`), and the
    /// page's state is kept there. `body[data-shown]` counts the findings left, for tests.
    static let script = """
        (function(){
        var rule=document.getElementById('filter-rule'),severity=document.getElementById('filter-severity'),file=document.getElementById('filter-file'),shown=document.getElementById('shown');
        if(!rule)return;
        var query=location.search.slice(1)||(location.hash.indexOf('=')>0?location.hash.slice(1):'');
        var params=new URLSearchParams(query);
        rule.value=params.get('rule')||'';severity.value=(params.get('severity')||'').replace(/^info$/,'note');file.value=params.get('file')||'';
        function apply(){
          var r=rule.value,s=severity.value,f=file.value.toLowerCase(),count=0,total=0,visible=new Set();
          document.querySelectorAll('section.file').forEach(function(section){
            var pathShown=!f||section.dataset.path.toLowerCase().indexOf(f)>=0,any=false;
            section.querySelectorAll('article.cable').forEach(function(cable){
              var anyHere=false;
              cable.querySelectorAll('li.finding').forEach(function(item){
                total++;
                var keep=pathShown&&(!r||item.dataset.rule===r)&&(!s||item.dataset.severity===s);
                item.hidden=!keep;
                if(keep){count++;anyHere=true;visible.add(item.dataset.f);}
              });
              cable.hidden=!anyHere;any=any||anyHere;
            });
            section.hidden=!any;
          });
          document.querySelectorAll('[data-marks]').forEach(function(mark){
            mark.classList.toggle('off',!mark.dataset.marks.split(' ').some(function(id){return visible.has(id);}));
          });
          shown.textContent=count+' of '+total+' findings shown';
          document.body.dataset.shown=count;
          var state=new URLSearchParams();
          if(r)state.set('rule',r);if(s)state.set('severity',s);if(file.value)state.set('file',file.value);
          try{history.replaceState(null,'',location.pathname+(state.toString()?'?'+state:'')+location.hash.replace(/^#.*=.*$/,''));}catch(e){}
        }
        rule.onchange=apply;severity.onchange=apply;
        var timer;file.oninput=function(){clearTimeout(timer);timer=setTimeout(apply,150);};
        document.querySelectorAll('tr[data-rule]').forEach(function(row){
          row.addEventListener('click',function(event){if(event.target.closest('button'))return;rule.value=row.dataset.rule;apply();});
        });
        apply();
        })();
        """
}

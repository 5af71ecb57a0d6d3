'use strict';
// The review page: collects files, posts them to /api/review, shows the report in a sandboxed frame
// and offers the results for download. Everything comes from this server; nothing from elsewhere.
(function () {
  const T = {
    zh: {
      title: '规划指标检查', switchTo: 'English',
      intro: '把规划文档拖到下面（Word、PDF、网页、文本、CSV 或 JSON），plancheck 会检查其中的指标目标：空缺、逐年倒退、范围标错、正文与附表不一致、区县合计超过全市……',
      drop: '把文件拖到这里，或', choose: '选择文件', more: '参照文件和设置（可选）',
      reference: '参照文件（上级的规划、上一期规划）：', config: '设置文件 plancheck.json：',
      'meta-why': '有的文档没有写明地区和期限的标题。请填写：', region: '地区', level: '级别', parent: '上级地区', period: '规划期',
      district: '区', county: '县', city: '市', province: '省', 'meta-submit': '用这些信息检查',
      start: '开始检查', 'dl-annotated': '下载带批注的文档', 'dl-json': 'JSON 结果', 'dl-sarif': 'SARIF 结果',
      'dl-csv': '读出的指标（CSV）', 'dl-html': 'HTML 报告', remove: '移除',
      uploading: '正在上传… {0}%', checking: '正在检查…',
      tooLarge: '上传的文件太大：一次最多 {0}。', lost: '与服务器的连接中断了（文件可能太大，或服务器已停止）。请重试。',
      notJson: '服务器的回答无法识别，请重试。',
      summary: '检查了 {0} 个文件、{1} 个规划、{2} 个指标数值：{3} 个错误，{4} 个警告，{5} 个提示。',
      untitled: '需要填写信息的文档：{0}', badPeriod: '规划期请写成“2021-2025”的形式。'
    },
    en: {
      title: 'Plan target check', switchTo: '中文',
      intro: 'Drop plan documents below (Word, PDF, web page, text, CSV or JSON) and plancheck checks their targets: blanks, series that fall, wrong scope labels, body and table that disagree, districts adding up to more than their city…',
      drop: 'Drop files here, or', choose: 'Choose files', more: 'Reference files and settings (optional)',
      reference: 'Reference files (the city\'s plan, the previous plan): ', config: 'Settings file plancheck.json: ',
      'meta-why': 'A document has no title naming its region and period. Please fill in:', region: 'Region', level: 'Level',
      parent: 'Parent region', period: 'Period', district: 'district', county: 'county', city: 'city', province: 'province',
      'meta-submit': 'Check with these details', start: 'Check', 'dl-annotated': 'Download the annotated document',
      'dl-json': 'JSON results', 'dl-sarif': 'SARIF results', 'dl-csv': 'Figures read (CSV)', 'dl-html': 'HTML report',
      remove: 'remove', uploading: 'Uploading… {0}%', checking: 'Checking…',
      tooLarge: 'The upload is too large: at most {0} at a time.',
      lost: 'The connection to the server broke (the files may be too large, or the server stopped). Please try again.',
      notJson: 'The server\'s answer could not be read. Please try again.',
      summary: 'Checked {0} files, {1} plans, {2} figures: {3} errors, {4} warnings, {5} infos.',
      untitled: 'Documents that need these details: {0}', badPeriod: 'Write the period as 2021-2025.'
    }
  };
  const $ = (id) => document.getElementById(id);
  const state = { files: [], lang: 'zh', reports: null, untitled: [], details: null };
  const maxUpload = Number(document.querySelector('meta[name="max-upload"]').content) || 0;

  function t(key, ...args) {
    return (T[state.lang][key] || key).replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)]));
  }

  function size(bytes) {
    return bytes >= 1048576 ? Math.floor(bytes / 1048576) + ' MB' : Math.max(1, Math.floor(bytes / 1024)) + ' KB';
  }

  function setLang(lang) {
    state.lang = lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = 'plancheck ' + t('title');
    document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = t(e.dataset.t); });
    $('lang-switch').textContent = t('switchTo');
    $('lang-switch').lang = lang === 'zh' ? 'en' : 'zh';
    renderFiles();
  }

  function renderFiles() {
    const list = $('file-list');
    list.textContent = '';
    state.files.forEach((f, i) => {
      const li = document.createElement('li');
      li.textContent = f.name + ' (' + size(f.size) + ')';
      const rm = document.createElement('button');
      rm.type = 'button';
      rm.textContent = '×';
      rm.title = t('remove');
      rm.addEventListener('click', () => { state.files.splice(i, 1); state.details = null; renderFiles(); });
      li.appendChild(rm);
      list.appendChild(li);
    });
    $('start').disabled = state.files.length === 0;
  }

  function addFiles(list) {
    for (const f of list) state.files.push(f);
    state.details = null;
    renderFiles();
  }

  function show(id, on) { $(id).hidden = !on; }

  function showError(text, problems) {
    $('error').textContent = text;
    show('error', !!text);
    const ul = $('problems');
    ul.textContent = '';
    (problems || []).forEach((p) => {
      const li = document.createElement('li');
      li.textContent = p.text;
      ul.appendChild(li);
    });
    show('problems', !!(problems && problems.length));
  }

  function form() {
    const data = new FormData();
    state.files.forEach((f) => data.append('files', f, f.name));
    for (const f of $('reference').files) data.append('reference', f, f.name);
    if ($('config').files.length) data.append('config', $('config').files[0], 'plancheck.json');
    data.append('lang', state.lang);
    if (state.details) {
      Object.entries(state.details).forEach(([k, v]) => data.append(k, v));
    }
    return data;
  }

  function total(data) {
    let n = 0;
    for (const [, v] of data.entries()) n += typeof v === 'string' ? v.length : v.size;
    return n;
  }

  function post(url, data, type, onUpload) {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url + '?lang=' + state.lang);
      xhr.responseType = type;
      if (onUpload) xhr.upload.onprogress = (e) => { if (e.lengthComputable) onUpload(Math.round(100 * e.loaded / e.total)); };
      xhr.onload = () => resolve({ status: xhr.status, body: xhr.response, type: xhr.getResponseHeader('Content-Type') || '' });
      xhr.onerror = () => resolve({ status: 0, body: null, type: '' });
      xhr.send(data);
    });
  }

  async function check() {
    showError('', []);
    show('result', false);
    const data = form();
    if (maxUpload && total(data) > maxUpload) {
      showError(t('tooLarge', size(maxUpload)), []);
      return;
    }
    $('start').disabled = true;
    show('progress', true);
    $('bar').value = 0;
    $('progress-text').textContent = t('uploading', 0);
    const answer = await post('api/review', data, 'json', (pct) => {
      $('bar').value = pct;
      $('progress-text').textContent = pct < 100 ? t('uploading', pct) : t('checking');
      if (pct >= 100) $('bar').removeAttribute('value');
    });
    show('progress', false);
    $('start').disabled = state.files.length === 0;
    if (answer.status === 0) { showError(t('lost'), []); return; }
    const r = answer.body;
    if (!r || typeof r !== 'object') { showError(t('notJson'), []); return; }
    askForMetadata(r.untitled || []);
    if (!r.ok) { showError(r.error, r.problems); return; }
    showError('', r.problems);
    showResult(r);
  }

  function askForMetadata(untitled) {
    state.untitled = untitled;
    show('meta-form', untitled.length > 0);
    $('meta-files').textContent = untitled.length ? t('untitled', untitled.join('、')) : '';
  }

  function showResult(r) {
    state.reports = r.reports;
    state.documents = r.documents;
    const s = r.summary;
    $('summary').textContent = t('summary', s.files, s.plans, s.figures, s.errors, s.warnings, s.infos);
    const one = r.documents.length === 1 && /\.(docx|pdf)$/i.test(r.documents[0]);
    show('dl-annotated', one);
    show('result', true);
    // A new frame for each report: Chromium left a frame whose srcdoc changed unpainted.
    const frame = document.createElement('iframe');
    frame.id = 'report';
    frame.name = 'report';
    frame.title = 'report';
    frame.setAttribute('sandbox', '');
    frame.srcdoc = r.reports.html;
    $('report').replaceWith(frame);
  }

  function download(name, blob) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function stem() {
    const first = (state.documents && state.documents[0]) || 'plancheck';
    return first.replace(/\.[^.]*$/, '');
  }

  const downloads = {
    'dl-json': ['json', '.json', 'application/json'],
    'dl-sarif': ['sarif', '.sarif', 'application/sarif+json'],
    'dl-csv': ['csv', '.figures.csv', 'text/csv;charset=utf-8'],
    'dl-html': ['html', '.report.html', 'text/html;charset=utf-8']
  };

  async function annotated() {
    // The same form as the check (the one document, references, settings, the details given).
    const data = form();
    show('progress', true);
    $('bar').removeAttribute('value');
    $('progress-text').textContent = t('checking');
    const answer = await post('api/annotate', data, 'blob');
    show('progress', false);
    if (answer.status === 200) {
      download(state.documents[0].replace(/(\.[^.]*)$/, '.annotated$1'), answer.body);
    } else if (answer.status === 0) {
      showError(t('lost'), []);
    } else {
      try {
        const r = JSON.parse(await answer.body.text());
        showError(r.error, r.problems || []);
      } catch (e) { showError(t('notJson'), []); }
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const drop = $('drop');
    ['dragenter', 'dragover'].forEach((ev) => drop.addEventListener(ev, (e) => { e.preventDefault(); drop.classList.add('over'); }));
    ['dragleave', 'drop'].forEach((ev) => drop.addEventListener(ev, (e) => { e.preventDefault(); drop.classList.remove('over'); }));
    drop.addEventListener('drop', (e) => addFiles(e.dataTransfer.files));
    $('files').addEventListener('change', (e) => { addFiles(e.target.files); e.target.value = ''; });
    $('start').addEventListener('click', check);
    $('meta-form').addEventListener('submit', (e) => {
      e.preventDefault();
      if (!/^\d{4}\s*[-–—至]\s*\d{4}$/.test($('period').value.trim())) { showError(t('badPeriod'), []); return; }
      // Kept for this set of files: a language switch checks again.
      state.details = {};
      ['region', 'level', 'parent', 'period'].forEach((k) => { state.details[k] = $(k).value.trim(); });
      check();
    });
    $('lang-switch').addEventListener('click', () => {
      setLang(state.lang === 'zh' ? 'en' : 'zh');
      if (!$('result').hidden) check();
    });
    Object.entries(downloads).forEach(([id, [key, ext, type]]) => $(id).addEventListener('click', () =>
      download(stem() + ext, new Blob([state.reports[key]], { type: type }))));
    $('dl-annotated').addEventListener('click', annotated);
    setLang(location.hash === '#en' ? 'en' : 'zh');
  });
}());

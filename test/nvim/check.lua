-- Headless Neovim check of the language server through Neovim's built-in LSP client:
--   ARTICLE=seeds/000_….txt INSPECTION_LSP_CMD="node bin/inspection-language-server.js --stdio" \
--     nvim --headless --clean -c "luafile test/nvim/check.lua"
-- Sets up the client exactly as the README says, opens the article, then checks hover, document
-- symbols, diagnostics and a quick fix. Prints "ok"/"not ok" lines and "N passed, N failed".
local here = debug.getinfo(1, 'S').source:sub(2):match('(.*/)') or './'
local lens = dofile(here .. 'inspection_lens.lua')
local passed, failed = 0, 0
local function out(s) io.stdout:write(s .. '\n') end
local function check(name, ok, detail)
  if ok then passed = passed + 1; out('ok - ' .. name)
  else failed = failed + 1; out('not ok - ' .. name .. (detail and (': ' .. detail) or '')) end
end
local function finish()
  out(string.format('%d passed, %d failed', passed, failed))
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  vim.cmd(failed == 0 and 'qa!' or 'cquit 1')
end

-- Any error in the checks is a failure, never a hang of a headless editor.
local ok, err = pcall(function()
  vim.cmd('filetype on')
  lens.setup({ cmd = vim.split(os.getenv('INSPECTION_LSP_CMD') or 'inspection-language-server --stdio', ' ', { trimempty = true }) })
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('ARTICLE')))
  local bufnr = vim.api.nvim_get_current_buf()

  local client
  local started = vim.wait(20000, function()
    client = vim.lsp.buf_get_clients(bufnr)[1] or select(2, next(vim.lsp.buf_get_clients(bufnr)))
    return client ~= nil and client.initialized == true
  end, 50)
  check('the FileType autocmd starts and attaches the server', started, 'filetype=' .. vim.bo[bufnr].filetype)
  if not started then return end

  -- LSP positions count UTF-16 code units; the seed has curly quotes before some names.
  local function position_of(needle, into)
    for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      local s = line:find(needle, 1, true)
      if s then
        local _, utf16 = vim.str_utfindex(line, s - 1 + (into or 0))
        return { line = i - 1, character = utf16 }
      end
    end
  end
  local function request(method, params)
    local res = vim.lsp.buf_request_sync(bufnr, method, params, 10000) or {}
    for _, r in pairs(res) do if r.result then return r.result end end
  end
  local doc = { uri = vim.uri_from_bufnr(bufnr) }

  local hover = request('textDocument/hover', { textDocument = doc, position = position_of('Mrs Westcott', 6) })
  local text = hover and hover.contents and (hover.contents.value or hover.contents) or ''
  text = type(text) == 'string' and text:gsub('\226\128\153', "'") or vim.inspect(text)
  check('hover on "Mrs Westcott" names her role', text:find("executive director of children's services", 1, true) ~= nil, text)

  local symbols = request('textDocument/documentSymbol', { textDocument = doc }) or {}
  local groups, people = {}, {}
  for _, s in ipairs(symbols) do
    groups[s.name] = true
    if s.name == 'People' then for _, c in ipairs(s.children or {}) do table.insert(people, c.name) end end
  end
  check('document symbols have a People group with Sue Westcott', groups.People and table.concat(people, ', '):find('Westcott') ~= nil,
    vim.inspect(vim.tbl_keys(groups)) .. ' ' .. table.concat(people, ', '))
  check('document symbols have a Ratings group', groups.Ratings == true, vim.inspect(vim.tbl_keys(groups)))

  local typo
  vim.wait(20000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ''
      if line:sub(d.col + 1, d.end_col) == 'Januray' then typo = d; return true end
    end
    return false
  end, 50)
  check('"Januray" has a diagnostic', typo ~= nil, #vim.diagnostic.get(bufnr) .. ' diagnostics')

  if typo then
    local at = position_of('Januray')
    local range = { start = at, ['end'] = { line = at.line, character = at.character + 7 } }
    local actions = request('textDocument/codeAction', { textDocument = doc, range = range, context = { diagnostics = {} } }) or {}
    local fixed = false
    for _, a in ipairs(actions) do
      for _, edits in pairs((a.edit or {}).changes or {}) do
        for _, e in ipairs(edits) do if e.newText == 'January' then fixed = true end end
      end
      for _, dc in ipairs((a.edit or {}).documentChanges or {}) do
        for _, e in ipairs(dc.edits or {}) do if e.newText == 'January' then fixed = true end end
      end
    end
    check('a quick fix replaces "Januray" with "January"', fixed, vim.inspect(vim.tbl_map(function(a) return a.title end, actions)))
  end
end)
if not ok then check('the check script ran', false, tostring(err)) end
finish()

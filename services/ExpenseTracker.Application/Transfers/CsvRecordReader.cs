using System.Text;

namespace ExpenseTracker.Application.Transfers;

/// <summary>
/// A streaming RFC 4180 reader: fields may be quoted, and a quoted field may hold separators, doubled quotes and line
/// breaks. It holds one record in memory at a time and knows the file line where each record starts. A record with a
/// stray quote is reported with an error and reading resumes on the next line, so one bad row never hides the rest.
/// </summary>
public sealed class CsvRecordReader(TextReader reader)
{
    private const int BufferSize = 64 * 1024;

    private readonly char[] _buffer = new char[BufferSize];
    private int _position;
    private int _length;
    private long _line = 1;

    /// <summary>The field separator, taken from the header line: <c>;</c> when it has more of them than commas, else <c>,</c>.</summary>
    public char Separator { get; private set; } = ',';

    /// <summary>Looks at the first line without consuming it and sets <see cref="Separator"/> from it.</summary>
    public async ValueTask DetectSeparatorAsync(CancellationToken cancellationToken)
    {
        while (Array.IndexOf(_buffer, '\n', _position, _length - _position) < 0 && _length < BufferSize && await FillAsync(cancellationToken))
        {
        }

        int commas = 0, semicolons = 0;
        var quoted = false;
        for (var index = _position; index < _length && (quoted || _buffer[index] is not ('\n' or '\r')); index++)
        {
            switch (_buffer[index])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
            }
        }

        Separator = semicolons > commas ? ';' : ',';
    }

    /// <summary>The next record, or null at the end of the file. Blank lines are skipped.</summary>
    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!await EnsureDataAsync(cancellationToken))
            {
                return null;
            }

            var record = await ReadRecordAsync(cancellationToken);
            if (record.Error is not null || record.Fields is not [""])
            {
                return record;
            }
        }
    }

    private async ValueTask<CsvRecord> ReadRecordAsync(CancellationToken cancellationToken)
    {
        var startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;

        while (await EnsureDataAsync(cancellationToken))
        {
            var character = _buffer[_position++];
            if (quoted)
            {
                if (character != '"')
                {
                    if (character == '\n')
                    {
                        _line++;
                    }

                    field.Append(character);
                    continue;
                }

                if (!await EnsureDataAsync(cancellationToken))
                {
                    quoted = false;
                    break;
                }

                var next = _buffer[_position];
                if (next == '"')
                {
                    _position++;
                    field.Append('"');
                }
                else if (next == Separator || next is '\r' or '\n')
                {
                    quoted = false;
                }
                else
                {
                    fields.Add(field.ToString());
                    await SkipRestOfLineAsync(cancellationToken);
                    return new CsvRecord(startLine, fields, "A quote inside a quoted field must be doubled (\"\"), and a closing quote must end the field.");
                }

                continue;
            }

            if (character == Separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (character is '\r' or '\n')
            {
                await EndLineAsync(character, cancellationToken);
                fields.Add(field.ToString());
                return new CsvRecord(startLine, fields);
            }
            else if (character == '"' && !fieldStarted && field.Length == 0)
            {
                quoted = true;
                fieldStarted = true;
            }
            else
            {
                field.Append(character);
                fieldStarted = true;
            }
        }

        fields.Add(field.ToString());
        return quoted
            ? new CsvRecord(startLine, fields, "A quoted field is not closed before the end of the file.")
            : new CsvRecord(startLine, fields);
    }

    private async ValueTask EndLineAsync(char lineEnd, CancellationToken cancellationToken)
    {
        _line++;
        if (lineEnd == '\r' && await EnsureDataAsync(cancellationToken) && _buffer[_position] == '\n')
        {
            _position++;
        }
    }

    private async ValueTask SkipRestOfLineAsync(CancellationToken cancellationToken)
    {
        while (await EnsureDataAsync(cancellationToken))
        {
            var character = _buffer[_position++];
            if (character is '\r' or '\n')
            {
                await EndLineAsync(character, cancellationToken);
                return;
            }
        }
    }

    private async ValueTask<bool> EnsureDataAsync(CancellationToken cancellationToken) =>
        _position < _length || await FillAsync(cancellationToken);

    /// <summary>Reads more characters, keeping those not yet consumed; false at the end of the file.</summary>
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_position > 0)
        {
            Array.Copy(_buffer, _position, _buffer, 0, _length - _position);
            _length -= _position;
            _position = 0;
        }

        if (_length == BufferSize)
        {
            return true;
        }

        var read = await reader.ReadAsync(_buffer.AsMemory(_length), cancellationToken);
        _length += read;
        return read > 0;
    }
}

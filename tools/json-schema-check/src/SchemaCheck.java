import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks a JSON document against a draft-04 JSON Schema, both files, offline: prints each place where the document
 * breaks the schema, one per line, and exits 1 when there is any. Run as a single source file:
 * {@code java -cp 'target/lib/*' src/SchemaCheck.java SCHEMA DOCUMENT}.
 */
public class SchemaCheck {

	public static void main(String[] args) throws Exception {
		ObjectMapper json = new ObjectMapper();
		JsonNode schemaText = json.readTree(Files.readString(Path.of(args[0])));
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schemaText);
		Set<ValidationMessage> problems = schema.validate(json.readTree(Files.readString(Path.of(args[1]))));
		problems.forEach(problem -> System.out.println(problem.getMessage()));
		System.exit(problems.isEmpty() ? 0 : 1);
	}
}
